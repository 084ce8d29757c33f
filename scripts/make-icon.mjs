// Draws the extension's icon (images/icon.png, 128×128): two overlapping reports on a dark tile, with a check
// mark. Run once with `node scripts/make-icon.mjs`; the PNG is committed. Plain Node, no image library.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const size = 128;
const pixels = new Uint8Array(size * size * 4); // RGBA, transparent

const hex = (color) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));

/** Paints every pixel whose centre `inside(x, y)` accepts, 4×4 supersampled for smooth edges. */
function paint(color, inside) {
  const [r, g, b] = hex(color);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
      if (hits === 0) continue;
      const alpha = hits / 16;
      const i = (y * size + x) * 4;
      const under = pixels[i + 3] / 255;
      const out = alpha + under * (1 - alpha);
      for (const [k, v] of [[0, r], [1, g], [2, b]]) pixels[i + k] = Math.round((v * alpha + pixels[i + k] * under * (1 - alpha)) / out);
      pixels[i + 3] = Math.round(out * 255);
    }
  }
}

const roundRect = (x0, y0, x1, y1, radius) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
  const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};

/** Points within `width / 2` of the polyline through `points`. */
const stroke = (points, width) => (x, y) =>
  points.slice(1).some(([bx, by], n) => {
    const [ax, ay] = points[n];
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (width / 2) ** 2;
  });

paint('#1f3a5f', roundRect(4, 4, 124, 124, 22));
paint('#d9e2ec', roundRect(20, 18, 72, 94, 6));
for (const [y, w] of [[30, 36], [40, 36], [50, 36], [60, 20]]) paint('#8aa1b8', roundRect(28, y, 28 + w, y + 4, 2));
paint('#ffffff', roundRect(50, 34, 106, 110, 6));
for (const [y, w] of [[46, 40], [56, 40]]) paint('#b7c6d6', roundRect(58, y, 58 + w, y + 4, 2));
paint('#e0a21b', stroke([[62, 84], [74, 96], [98, 70]], 9));

// PNG: signature, IHDR, one IDAT (filter byte 0 per row), IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
};
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) Buffer.from(pixels.buffer, y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);

mkdirSync('images', { recursive: true });
writeFileSync(
  'images/icon.png',
  Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]),
);

/**
 * Where a record's parts are in an analysis cache file (server/src/node/analysisCache.ts describes the layout), and
 * the file with bytes flipped in one: what the tests of a cache damaged inside a record damage.
 */
import assert from 'node:assert/strict';
import { decode, decodeTables } from '../../../server/src/node/compactCodec';

/** Where one record's parts are in a cache file: what indexing reads, its claims part, then what only questions read. */
export function recordPartsOf(whole: Buffer, reportId: string): Record<'payload' | 'claims' | 'questions', [number, number]> {
  const headerEnd = whole.indexOf(0x0a);
  const tablesLength = whole.readUInt32LE(headerEnd + 1);
  const tables = decodeTables(whole.subarray(headerEnd + 5, headerEnd + 5 + tablesLength));
  const recordsAt = headerEnd + 5 + tablesLength + 4;
  const recordsEnd = recordsAt + whole.readUInt32LE(recordsAt - 4);
  let at = recordsAt;
  let lazyAt = recordsEnd;
  while (at < recordsEnd) {
    const idLength = whole.readUInt32LE(at);
    const id = whole.toString('utf8', at + 4, at + 4 + idLength);
    const unreadAt = at + 4 + idLength + 32;
    const payloadAt = unreadAt + 4 + whole.readUInt32LE(unreadAt);
    const payloadLength = whole.readUInt32LE(payloadAt);
    const lazyLengthAt = payloadAt + 4 + payloadLength + 4;
    const lazyLength = whole.readUInt32LE(lazyLengthAt);
    if (id === reportId) {
      const { claimsBytes } = decode(whole.subarray(payloadAt + 4, payloadAt + 4 + payloadLength), tables) as { claimsBytes: number };
      return { payload: [payloadAt + 4, payloadAt + 4 + payloadLength], claims: [lazyAt, lazyAt + claimsBytes], questions: [lazyAt + claimsBytes, lazyAt + lazyLength] };
    }
    lazyAt += lazyLength;
    at = lazyLengthAt + 4;
  }
  throw new Error(`no record of ${reportId}`);
}

/** The file with bytes flipped in the middle of a part: a few, so that the codec alone might read them as other values. */
export function flippedInTheMiddle(whole: Buffer, [start, end]: [number, number]): Buffer {
  assert.ok(end - start >= 8, 'a part long enough to damage');
  const damaged = Buffer.from(whole);
  const middle = (start + end) >> 1;
  for (let k = middle; k < middle + 2; k++) damaged[k] ^= 0x01;
  return damaged;
}

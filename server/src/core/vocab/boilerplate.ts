/**
 * Lines that scrapers leave in articles and that carry no claims. A line is boilerplate when, trimmed and without
 * trailing punctuation, it matches one of these patterns whole (case-insensitive).
 */
export const BOILERPLATE_LINES: RegExp[] = [
  /^advertisements?$/i,
  /^(sponsored( content)?|promoted( stories)?|paid content)$/i,
  /^follow us on [\w\s,&]+$/i,
  /^(like|follow|join) us( on \w+)?$/i,
  /^(previous|next) (article|post|story)\b.{0,80}$/i,
  /^you (may|might) (also )?like$/i,
  /^(related|recommended|more|top) (articles?|stories|news|posts|reading|videos?)$/i,
  /^(read|see) (more|also)\b.{0,80}$/i,
  /^share (this|on|via|the)\b.{0,60}$/i,
  /^(share|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|telegram|comments?)$/i,
  /^(sign up|subscribe)\b.{0,80}$/i,
  /^click here\b.{0,80}$/i,
  /^post disclaimer$/i,
  /^a\s*\+\s*a\s*-$/i,
  /^(reset|font size|text size|listen to this article|skip to (main )?content)$/i,
  /^(copyright|©|all rights reserved)\b.{0,120}$/i,
  /^(image|photo|picture|video) (caption|credit|source)\b.{0,120}$/i,
  /^(loading|please wait)\.*$/i,
  /^(tags?|topics?|filed under):.{0,200}$/i,
  /^the opinions, beliefs and viewpoints expressed\b.*$/i,
];

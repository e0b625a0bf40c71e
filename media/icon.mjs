// Draws media/icon.png (128×128): an article's lines, the chaff ones faded and struck out.
// Run: node media/icon.mjs
import fs from 'node:fs';
import zlib from 'node:zlib';

const S = 128;
const px = Buffer.alloc(S * S * 4);
const blend = (x, y, [r, g, b], a) => {
  const i = (y * S + x) * 4;
  const A = px[i + 3] / 255;
  const out = a + A * (1 - a);
  if (out === 0) return;
  px[i] = Math.round((r * a + px[i] * A * (1 - a)) / out);
  px[i + 1] = Math.round((g * a + px[i + 1] * A * (1 - a)) / out);
  px[i + 2] = Math.round((b * a + px[i + 2] * A * (1 - a)) / out);
  px[i + 3] = Math.round(out * 255);
};
// Rounded square with anti-aliased edges (4× supersampling).
const inRound = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const fill = (x0, y0, x1, y1, r, color, alpha = 1) => {
  for (let y = Math.floor(y0); y < Math.ceil(y1); y++)
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inRound(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4, x0, y0, x1, y1, r)) hits++;
      if (hits) blend(x, y, color, (alpha * hits) / 16);
    }
};
fill(4, 4, 124, 124, 22, [0x2b, 0x2a, 0x26]);
const wheat = [0xe8, 0xc9, 0x7a];
const paper = [0xf2, 0xee, 0xe3];
const rows = [
  { w: 62, chaff: true },
  { w: 92, chaff: false },
  { w: 84, chaff: false },
  { w: 50, chaff: true },
  { w: 88, chaff: false },
  { w: 70, chaff: true },
];
rows.forEach((row, i) => {
  const y = 24 + i * 14;
  if (row.chaff) {
    fill(18, y, 18 + row.w, y + 7, 3.5, [0x8a, 0x86, 0x7a], 0.55);
    fill(14, y + 2.5, 22 + row.w, y + 4.5, 1, wheat);
  } else fill(18, y, 18 + row.w, y + 7, 3.5, paper);
});
// PNG encoding.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0);
ihdr.writeUInt32BE(S, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const raw = Buffer.concat(Array.from({ length: S }, (_, y) => Buffer.concat([Buffer.from([0]), px.subarray(y * S * 4, (y + 1) * S * 4)])));
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
fs.writeFileSync(new URL('./icon.png', import.meta.url), png);

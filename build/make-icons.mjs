#!/usr/bin/env node
// Draws the app and tray icons from shapes and encodes them as PNG/ICO with node:zlib only, so
// icons build offline and are reproducible. Run: node build/make-icons.mjs (outputs are committed).
//
// The mark: a rounded speech bubble (a buyer's message) on the brand blue. The tray variant is
// the bubble alone; "attention" adds a red badge so a waiting buyer shows even at 16 px.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';

const HERE = dirname(new URL(import.meta.url).pathname);

// ---- PNG encoding (RGBA, 8 bit, no interlace) ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// ---- ICO holding PNG images (supported since Windows Vista) ----
export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size; // 0 means 256
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4); // planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

// ---- Drawing with signed distances, 4×4 supersampled for smooth edges ----
const roundedRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
/** Inside test for a triangle (the bubble's tail). */
const triangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by);
  const d2 = s(x, y, bx, by, cx, cy);
  const d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const BLUE = [22, 119, 255];
const WHITE = [255, 255, 255];
const RED = [240, 64, 52];
const GREY = [90, 98, 112];

/** layers: list of (u, v) => [r,g,b] | null in unit coordinates (0..1), painted in order. */
function render(size, layers) {
  const out = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (px + (sx + 0.5) / S) / size;
          const v = (py + (sy + 0.5) / S) / size;
          let color = null;
          for (const layer of layers) color = layer(u, v) ?? color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colours are averaged over covered samples only, so edges fade in alpha, not to black.
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return out;
}

const bubble = (color, { cx = 0.5, cy = 0.46, hw = 0.3, hh = 0.22 } = {}) => (u, v) =>
  roundedRect(u, v, cx, cy, hw, hh, Math.min(hw, hh) * 0.55) <= 0 || triangle(u, v, [cx - hw * 0.45, cy + hh * 0.6], [cx - hw * 0.05, cy + hh * 0.6], [cx - hw * 0.6, cy + hh * 1.6]) ? color : null;
const dots = (color, { cx = 0.5, cy = 0.46, spread = 0.12, r = 0.035 } = {}) => (u, v) =>
  [-1, 0, 1].some((k) => circle(u, v, cx + k * spread, cy, r) <= 0) ? color : null;

const appIcon = (size) =>
  render(size, [
    (u, v) => (roundedRect(u, v, 0.5, 0.5, 0.46, 0.46, 0.2) <= 0 ? BLUE : null),
    bubble(WHITE),
    dots(BLUE),
  ]);

// Tray icons fill more of their tiny canvas and use a darker bubble that reads on light and dark panels.
const trayIcon = (size, attention) =>
  render(size, [
    (u, v) => (roundedRect(u, v, 0.5, 0.5, 0.48, 0.48, 0.18) <= 0 ? (attention ? BLUE : GREY) : null),
    bubble(WHITE, { cx: 0.5, cy: 0.45, hw: 0.34, hh: 0.25 }),
    dots(attention ? BLUE : GREY, { cx: 0.5, cy: 0.45, spread: 0.14, r: 0.05 }),
    attention ? (u, v) => (circle(u, v, 0.8, 0.2, 0.2) <= 0 ? RED : null) : () => null,
  ]);

const write = (rel, data) => {
  const file = join(HERE, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  console.log(`wrote build/${rel} (${data.length} bytes)`);
};

const png = (size) => encodePng(size, appIcon(size));
const app512 = png(512);
write('icon.png', app512);
write('icons/512x512.png', app512);
write('icons/256x256.png', png(256));
write('icon.ico', encodeIco([16, 32, 48, 256].map((size) => ({ size, png: png(size) }))));
for (const attention of [false, true]) {
  const name = attention ? 'tray-attention' : 'tray-idle';
  write(`tray/${name}.png`, encodePng(16, trayIcon(16, attention)));
  // Electron picks the @2x file automatically on high-DPI screens.
  write(`tray/${name}@2x.png`, encodePng(32, trayIcon(32, attention)));
}

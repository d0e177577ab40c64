/**
 * Writes server/public/favicon.ico from server/public/favicon.svg: Chromium draws the SVG at 16, 32 and 48
 * px and the PNGs go into one ICO container (browsers read PNG entries). Run after changing the SVG:
 * `npx tsx scripts/make-favicon.ts` (needs /usr/bin/chromium, as the browser tests do).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SVG = new URL('../server/public/favicon.svg', import.meta.url);
const ICO = new URL('../server/public/favicon.ico', import.meta.url);
const SIZES = [16, 32, 48];

/** Packs PNG images into an ICO file (header, one directory entry per image, then the images). */
export function packIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  const svg = readFileSync(SVG, 'utf8');
  const images = [];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<body style="margin:0"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
    images.push({ size, png: await page.locator('img').screenshot({ omitBackground: true }) });
  }
  writeFileSync(ICO, packIco(images));
  console.log(`favicon.ico: ${SIZES.join(', ')} px`);
} finally {
  await browser.close();
}

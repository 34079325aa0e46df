/**
 * The README's screenshots (docs/images/*.png), taken by the UI test from the
 * live workbench on every run, so they always show the product as it is: a
 * clip around what the picture is about (the union of some elements' boxes,
 * padded), 800 px wide (wider clips are scaled down in the page itself,
 * with createImageBitmap, so no image library is needed), then quantised
 * with Debian's pngquant (installed by test/editor/setup.sh) to stay small.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { repoRoot } from './paths.js';

export const readmeImagesDir = join(repoRoot, 'docs', 'images');
export const README_WIDTH = 800;
/** The most bytes one README image may take. */
export const README_MAX_BYTES = 150 * 1024;
const PNGQUANT = '/usr/bin/pngquant';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ReadmeImage {
  file: string;
  width: number;
  height: number;
  bytes: number;
  /** False when pngquant is missing and the file was written as Chromium made it. */
  quantised: boolean;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(data: Buffer): { width: number; height: number } {
  if (data.readUInt32BE(0) !== 0x89504e47 || data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

async function boxOf(target: Locator | Box): Promise<Box | null> {
  return 'boundingBox' in target ? target.boundingBox() : target;
}

/**
 * Clip of the union of `targets` (missing ones skipped), padded by `pad`
 * css px, widened to at least README_WIDTH and kept inside the viewport.
 */
async function clipAround(page: Page, targets: Array<Locator | Box>, pad: number, maxHeight: number): Promise<Box> {
  const boxes = (await Promise.all(targets.map(boxOf))).filter((b): b is Box => b !== null && b.width > 0 && b.height > 0);
  if (!boxes.length) throw new Error('nothing to photograph: no target is on screen');
  const view = page.viewportSize() ?? { width: 1440, height: 900 };
  let left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  let right = Math.min(view.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  const bottom = Math.min(view.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad, top + maxHeight);
  if (right - left < README_WIDTH) {
    right = Math.min(view.width, left + README_WIDTH);
    left = Math.max(0, right - README_WIDTH);
  }
  return { x: Math.round(left), y: Math.round(top), width: Math.round(right - left), height: Math.round(bottom - top) };
}

interface Bitmap {
  width: number;
  height: number;
}
interface PageImageApi {
  createImageBitmap(source: Blob | Bitmap, options?: { resizeWidth: number; resizeHeight: number; resizeQuality: 'high' }): Promise<Bitmap>;
  OffscreenCanvas: new (
    width: number,
    height: number,
  ) => {
    getContext(kind: '2d'): { drawImage(image: Bitmap, x: number, y: number): void };
    convertToBlob(options: { type: string }): Promise<Blob>;
  };
}

/** A PNG scaled to `width` inside the page (high-quality resampling), returned as PNG bytes. */
async function scaleInPage(page: Page, png: Buffer, width: number): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ({ data, width }) => {
      // The page's DOM API, typed here: the project's tsconfig has no DOM library.
      const dom = globalThis as unknown as PageImageApi;
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const source = await dom.createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const height = Math.round((source.height * width) / source.width);
      const scaled = await dom.createImageBitmap(source, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
      const canvas = new dom.OffscreenCanvas(width, height);
      canvas.getContext('2d').drawImage(scaled, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const out = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < out.length; i += 0x8000) binary += String.fromCharCode(...out.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { data: png.toString('base64'), width },
  );
  return Buffer.from(b64, 'base64');
}

/**
 * Writes docs/images/<name>.png: the clip around `targets`, README_WIDTH px
 * wide, quantised. Throws when the result is not README_WIDTH wide or is
 * larger than README_MAX_BYTES.
 */
export async function readmeShot(
  page: Page,
  name: string,
  targets: Array<Locator | Box>,
  options: { pad?: number; maxHeight?: number } = {},
): Promise<ReadmeImage> {
  mkdirSync(readmeImagesDir, { recursive: true });
  const clip = await clipAround(page, targets, options.pad ?? 16, options.maxHeight ?? 520);
  let png = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  if (pngSize(png).width > README_WIDTH) png = await scaleInPage(page, png, README_WIDTH);
  const file = join(readmeImagesDir, `${name}.png`);
  const raw = `${file}.raw.png`;
  writeFileSync(raw, png);
  let quantised = false;
  if (existsSync(PNGQUANT)) {
    // 128 colours keep anti-aliased text clean; --speed 1 is the best (slowest) search, well under a second here.
    execFileSync(PNGQUANT, ['128', '--speed', '1', '--strip', '--force', '--output', file, '--', raw], { timeout: 60_000 });
    rmSync(raw);
    quantised = true;
  } else {
    renameSync(raw, file);
  }
  const { width, height } = pngSize(readFileSync(file));
  const bytes = statSync(file).size;
  if (width !== README_WIDTH) throw new Error(`${file} is ${width} px wide, not ${README_WIDTH}`);
  if (bytes > README_MAX_BYTES)
    throw new Error(
      `${file} is ${bytes} bytes, more than ${README_MAX_BYTES}${quantised ? '' : ' (pngquant is missing: run test/editor/setup.sh)'}`,
    );
  return { file, width, height, bytes, quantised };
}

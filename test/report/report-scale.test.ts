import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/commands/report.ts';
import { launchChromium, watchPage } from './browser.ts';
import { quietly } from './helpers.ts';
import { writeSyntheticOut } from './synthetic-out.ts';

// A few thousand entities: the file stays a few MB and the page draws the top 500 with a note.
let browser: Browser;
let dir = '';
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'tanzeem-report-scale-'));
  writeSyntheticOut(dir, 3000, 800);
  expect(await quietly(() => main(['--out', dir]))).toBe(0);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('report.html at a few thousand entities', () => {
  it('stays a reasonable size', () => {
    expect(statSync(join(dir, 'report.html')).size).toBeLessThan(6_000_000);
  });

  it('draws the 500 most mentioned entities, says so, and settles in seconds', { timeout: 60_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watch = watchPage(page);
    const started = Date.now();
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    await page.waitForSelector('body[data-layout="done"]', { timeout: 45_000 });
    const elapsed = Date.now() - started;
    expect(await page.locator('svg#graph circle.node').count()).toBe(500);
    expect(await page.textContent('#cap-note')).toMatch(/Drawing 500 of 2,\d{3} entities.*Only the 500 most mentioned/);
    expect(elapsed).toBeLessThan(30_000);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });
});

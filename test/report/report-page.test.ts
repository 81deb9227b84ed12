import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './browser.ts';
import { buildFixtureReport, quietly } from './helpers.ts';
import { main } from '../../src/commands/report.ts';

const SCREENSHOT_DIR = fileURLToPath(new URL('../../out/', import.meta.url));
const T = { timeout: 60_000 };

let browser: Browser;
let dir = '';
let page: Page;
let watch: PageWatch;

/** Open report.html from file:// and wait for the layout to settle. */
async function open(reportDir: string): Promise<{ page: Page; watch: PageWatch }> {
  const p = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const w = watchPage(p);
  await p.goto(pathToFileURL(join(reportDir, 'report.html')).href);
  await p.waitForSelector('body[data-layout="done"]', { timeout: 30_000 });
  return { page: p, watch: w };
}

async function clickNode(p: Page, id: string): Promise<void> {
  const at = await p.evaluate((nodeId) => (window as any).tanzeemReport.screenPosition(nodeId), id);
  expect(at, `node ${id} is drawn`).not.toBeNull();
  await p.mouse.click(at.x, at.y);
}

beforeAll(async () => {
  browser = await launchChromium();
  dir = await buildFixtureReport();
  ({ page, watch } = await open(dir));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('report.html in Chromium (file://)', () => {
  it('loads with no console errors and no network requests', T, async () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('draws every entity and relation of the fixture', T, async () => {
    await expect.poll(() => page.locator('svg#graph circle.node').count()).toBe(14);
    await expect.poll(() => page.locator('svg#graph line.edge').count()).toBe(14);
    expect(await page.textContent('#summary')).toContain('14 entities');
    expect(await page.textContent('#cap-note')).toContain('Drawing 14 of 14 entities and 14 of 14 relations');
  });

  it('shows a node’s evidence sentences with its mention highlighted', T, async () => {
    await clickNode(page, 'org:ttp');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Tehrik-i-Taliban Pakistan');
    await expect.poll(() => page.locator('#details .evidence-list > li').count()).toBe(3);
    const own = await page.locator('#details mark.self').allTextContents();
    expect(own.sort()).toEqual(['TTP', 'Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan']);
    await expect.poll(() => page.locator('#details .evidence-list').textContent()).toContain('Analysts say ISIS-K recruits from the TTP.');
    await expect.poll(() => page.locator('svg#graph circle.node.selected').count()).toBe(1);
  });

  it('shows an edge’s evidence with both ends highlighted', T, async () => {
    const hit = page.locator('svg#graph line.edge-hit').first();
    const [x1, y1, x2, y2] = await Promise.all(['x1', 'y1', 'x2', 'y2'].map(async (a) => Number(await hit.getAttribute(a))));
    const box = (await page.locator('svg#graph').boundingBox())!;
    // A point a third of the way along the line, away from both nodes.
    await page.mouse.click(box.x + x1! + (x2! - x1!) / 3, box.y + y1! + (y2! - y1!) / 3);
    await expect.poll(() => page.locator('#details-title').textContent()).toContain(' — ');
    await expect.poll(() => page.locator('#details mark.self').count()).not.toBe(0);
    await expect.poll(() => page.locator('svg#graph line.edge.active').count()).toBe(1);
  });

  it('renders hostile article strings as text and fires no dialog', T, async () => {
    await clickNode(page, 'ner:<script>alert(1)</script>');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('<script>alert(1)</script>');
    await expect.poll(() => page.locator('#details mark.self').textContent()).toBe('<script>alert(1)</script>');
    await clickNode(page, 'ner:<img src=x onerror=alert(1)>');
    await expect.poll(() => page.locator('#details mark.self').textContent()).toBe('<img src=x onerror=alert(1)>');
    await expect.poll(() => page.locator('#details .where').first().textContent()).toBe('2024/Pešāwar attack – نیوز · sentence 1');
    await expect.poll(() => page.locator('#top-entities').textContent()).toContain('=HYPERLINK("http://example.invalid/x","TTP")');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  it('filters by type and minimum edge weight, and finds names', T, async () => {
    await page.locator('#type-filters input[data-type="PERSON"]').uncheck();
    await expect.poll(() => page.locator('svg#graph circle.node').count()).toBe(11);
    await page.locator('#type-filters input[data-type="PERSON"]').check();
    await page.locator('#min-weight').fill('2');
    await page.locator('#min-weight').dispatchEvent('change');
    await expect.poll(() => page.locator('svg#graph line.edge').count()).toBe(1);
    await page.locator('#min-weight').fill('1');
    await page.locator('#min-weight').dispatchEvent('change');
    await page.locator('#search').fill('khorasan');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(2);
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Islamic State Khorasan Province');
    await page.waitForSelector('body[data-layout="done"]');
  });

  it('shows the eval table, error summary and diagnostics', T, async () => {
    await expect.poll(() => page.locator('#eval').textContent()).toContain('Error records (eval-errors.jsonl)');
    await expect.poll(() => page.locator('#eval').textContent()).toContain('Missed mentions (in gold, not predicted)');
    await expect.poll(() => page.locator('#eval').textContent()).toContain('F1 per document');
    await page.locator('details.error-kind summary').first().click();
    await expect.poll(() => page.locator('details.error-kind mark.self').first().textContent()).toBe('Taliban');
    expect(await page.locator('#eval-section').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#eval table').first().textContent()).toContain('mentions.strict');
    await expect.poll(() => page.locator('#eval .errors').textContent()).toContain('relations.corpus: 4 false positive(s), 2 false negative(s)');
    await expect.poll(() => page.locator('#diagnostics-section').textContent()).toContain('MATCH_AMBIGUOUS');
    await expect.poll(() => page.locator('#type-counts').textContent()).toContain('PERSON');
  });

  it('writes a screenshot to out/report-screenshot.png', T, async () => {
    await page.locator('#search').fill('');
    await clickNode(page, 'org:ttp');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'report-screenshot.png'), fullPage: true });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });

  it('hides the eval section when there is no eval.json', T, async () => {
    const bare = await buildFixtureReport({ drop: ['eval.json', 'eval-errors.jsonl', 'diagnostics.jsonl'] });
    const opened = await open(bare);
    expect(await opened.page.locator('#eval-section').isHidden()).toBe(true);
    expect(await opened.page.locator('#diagnostics-section').isHidden()).toBe(true);
    await expect.poll(() => opened.page.locator('svg#graph circle.node').count()).toBe(14);
    expect(opened.watch.consoleErrors).toEqual([]);
    await opened.page.close();
    rmSync(bare, { recursive: true, force: true });
  });

  it('opens an empty network without errors', T, async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tanzeem-report-empty-'));
    for (const f of ['documents.jsonl', 'sentences.jsonl', 'mentions.jsonl', 'relations.jsonl']) writeFileSync(join(empty, f), '');
    expect(await quietly(() => main(['--out', empty]))).toBe(0);
    const opened = await open(empty);
    expect(await opened.page.locator('svg#graph circle.node').count()).toBe(0);
    expect(await opened.page.textContent('#summary')).toContain('0 entities');
    expect(opened.watch.pageErrors).toEqual([]);
    expect(opened.watch.consoleErrors).toEqual([]);
    await opened.page.close();
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('browser test set-up', () => {
  it('fails loudly, with the install command, when Chromium is missing', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(/apt-get install -y chromium/);
  });
});

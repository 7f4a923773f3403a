import { test, expect, type Page } from '@playwright/test';
import { brotliCompressSync, constants } from 'node:zlib';
import { login, person } from './helpers';

// First-load weight of each citizen page: HTML + JS + wasm + CSS, each compressed with
// brotli -q 11. The heaviest must stay within 60 KB.
const BUDGET = 60 * 1024;

async function firstLoad(page: Page, url: string, live: boolean): Promise<number> {
  const sizes: Record<string, number> = {};
  const record = async (res: import('@playwright/test').Response) => {
    // A live thread's event stream stays open: it is no part of the load.
    if ((res.headers()['content-type'] ?? '').includes('text/event-stream')) return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    sizes[res.url()] = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  };
  page.on('response', record);
  if (live) {
    // The open event stream keeps the network busy: loaded once the island listens.
    await page.goto(url, { waitUntil: 'load' });
    await expect(page.locator('[data-listening="true"]')).toHaveCount(1);
  } else {
    await page.goto(url, { waitUntil: 'networkidle' });
  }
  page.off('response', record);
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`first load of ${url}: ${(total / 1024).toFixed(1)} KB brotli`, sizes);
  return total;
}

test('every citizen page stays within the 60 KB first-load budget', async ({ browser, javaScriptEnabled, isMobile }) => {
  test.skip(!javaScriptEnabled || isMobile, 'measured once, with JavaScript, on desktop');
  const mother = person('Mor i Heimdal-sak');
  // One context per page so each load is a first load (empty cache), with the login's cookies.
  const setup = await browser.newContext();
  const setupPage = await setup.newPage();
  await login(setupPage, mother);
  await expect(setupPage).toHaveURL(/\/mine-saker$/);
  const state = await setup.storageState();
  await setupPage.getByRole('link', { name: 'Nora' }).click();
  const caseUrl = new URL(setupPage.url()).pathname;
  await setupPage.goto(`${caseUrl}/dokumenter`);
  const docLinks = await setupPage.locator('.doc-list__title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  // A thread page carries the live-update island.
  await setupPage.goto(`${caseUrl}/meldinger`);
  const threadLinks = await setupPage.locator(`main a[href^="${caseUrl}/meldinger/"]`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(threadLinks.length).toBeGreaterThan(0);
  await setup.close();

  const urls = ['/mine-saker', caseUrl, `${caseUrl}/dokumenter`, ...docLinks, ...threadLinks];
  let heaviest = 0;
  for (const url of urls) {
    const context = await browser.newContext({ storageState: state });
    const page = await context.newPage();
    const total = await firstLoad(page, url, threadLinks.includes(url));
    if (url === '/mine-saker') {
      // The page with an island loads the bundle and hydrates it.
      await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
      expect(total).toBeGreaterThan(20 * 1024);
    }
    heaviest = Math.max(heaviest, total);
    await context.close();
  }
  console.log(`heaviest citizen page: ${(heaviest / 1024).toFixed(1)} KB brotli`);
  expect(heaviest).toBeLessThanOrEqual(BUDGET);
});

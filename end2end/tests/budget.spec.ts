import { test, expect } from '@playwright/test';
import { brotliCompressSync, constants } from 'node:zlib';
import { login, person } from './helpers';

// First-load weight of the heaviest citizen page: HTML + JS + wasm + CSS, each
// compressed with brotli -q 11, must stay within 60 KB.
const BUDGET = 60 * 1024;

test('the heaviest citizen page stays within the 60 KB first-load budget', async ({ page, javaScriptEnabled, isMobile }) => {
  test.skip(!javaScriptEnabled || isMobile, 'measured once, with JavaScript, on desktop');
  await login(page, person('Mor i Heimdal-sak'));
  await expect(page).toHaveURL(/\/mine-saker$/);
  const sizes: Record<string, number> = {};
  page.on('response', async (res) => {
    const type = res.request().resourceType();
    if (!['document', 'script', 'stylesheet', 'fetch', 'other'].includes(type)) return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    sizes[res.url()] = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  });
  await page.reload();
  await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`first load of /mine-saker: ${(total / 1024).toFixed(1)} KB brotli`, sizes);
  expect(Object.keys(sizes).some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(total).toBeLessThanOrEqual(BUDGET);
});

import { test, expect, type Page } from '@playwright/test';
import { login, person, staffLogin, expectFitsAt320 } from './helpers';

// Issue 11, point 7: every page type fits a 320 px phone (WCAG 1.4.10 reflow), for a
// citizen, an employee and a visitor who is not logged in. Pages are found by following
// the links a user has, so new documents and cases are covered without listing them.

const CASEWORKER = 'demo-saksbehandler-lerkendal-1'; // Sander's case-b is Lerkendal's

/** The distinct hrefs on the page matching `pattern`, in page order. */
async function links(page: Page, pattern: RegExp): Promise<string[]> {
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((h) => pattern.test(h)))];
}

test('public pages fit at 320 px', async ({ page }) => {
  // '/finnes-ikke' is the portal's own not-found page; '/auth/logout' opened directly
  // (it takes only posts) its page for a wrong method.
  for (const url of ['/', '/ansatt', '/logget-ut', '/innlogging-feilet', '/finnes-ikke', '/auth/logout']) {
    await page.goto(url);
    await expectFitsAt320(page);
  }
});

test('every citizen page type fits at 320 px', async ({ page }) => {
  test.setTimeout(90_000);
  for (const who of ['Mor i Heimdal-sak', 'Far i Heimdal-sak']) {
    await page.context().clearCookies();
    await login(page, person(who));
    await page.goto('/mine-saker');
    await expectFitsAt320(page);
    await page.getByRole('link', { name: 'Nora' }).click();
    await expectFitsAt320(page);
    const caseUrl = page.url();
    await page.goto(`${caseUrl}/hvem-har-sett`);
    await expectFitsAt320(page);
    await page.goto(caseUrl);
    await page.getByRole('link', { name: /Se \d+ dokumenter/ }).click();
    await expectFitsAt320(page);
    // Full, partly shared and withheld documents alike (not the PDF downloads).
    const documents = await links(page, /\/dokumenter\/[^/]+$/);
    expect(documents.length).toBeGreaterThan(0);
    for (const href of documents) {
      await page.goto(href);
      await expectFitsAt320(page);
    }
  }
});

test('every staff page type fits at 320 px, and the filter checkbox sits beside its label', async ({ page }) => {
  test.setTimeout(90_000);
  await staffLogin(page, CASEWORKER);
  await expectFitsAt320(page);

  await page.setViewportSize({ width: 320, height: 640 });
  const box = await page.getByRole('checkbox').first().boundingBox();
  const label = await page.locator('label[for="uavgjort"]').boundingBox();
  expect(box && label, 'checkbox and label are visible').toBeTruthy();
  if (box && label) {
    expect(box.x + box.width, 'checkbox left of its label').toBeLessThanOrEqual(label.x);
    expect(box.y, 'checkbox on the label\'s line').toBeLessThan(label.y + label.height);
    expect(box.y + box.height).toBeGreaterThan(label.y);
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  for (const url of ['/ansatt/ko', '/ansatt/innsyn']) {
    await page.goto(url);
    await expectFitsAt320(page);
  }
  await page.goto('/ansatt/saker');
  await page.getByRole('link', { name: 'Sander Johansen' }).click();
  await expectFitsAt320(page);
  // The document pages with their decision forms, and the previews as a party.
  const pages = [
    ...(await links(page, /\/dokument\/[^/]+$/)),
    ...(await links(page, /\/forhandsvis\/[^/]+$/)),
  ];
  expect(pages.length).toBeGreaterThan(1);
  for (const href of pages) {
    await page.goto(href);
    await expectFitsAt320(page);
  }
  // A document as previewed for a party.
  await page.goto(pages.find((h) => h.includes('/forhandsvis/'))!);
  const previewDocs = await links(page, /\/forhandsvis\/[^/]+\/dokument\/[^/]+$/);
  expect(previewDocs.length).toBeGreaterThan(0);
  await page.goto(previewDocs[0]);
  await expectFitsAt320(page);
});

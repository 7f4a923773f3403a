import { test, expect } from '@playwright/test';
import { login, person, expectAccessible, expectNoHorizontalScroll } from './helpers';

// Issue 11 (points 1 and 3). Every demo vedtak was decided months before the demo's
// today, so its klagefrist has passed; the open and last-days wordings are covered by
// the Rust tests on the boundary days (domain::deadline, components::deadline,
// citizen::reader_text_tests), which control the day.

test('a vedtak whose klagefrist has passed says so, with the date in words and what can still be done', async ({ page }) => {
  await login(page, person('Mor i Heimdal-sak'));
  await page.getByRole('link', { name: 'Nora' }).click();
  await page.getByRole('link', { name: /Se \d+ dokumenter/ }).click();
  await page.getByRole('link', { name: 'Vedtak om hjelpetiltak for Nora' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vedtak om hjelpetiltak for Nora' })).toBeVisible();

  const notice = page.locator('.deadline');
  await expect(notice).toHaveClass(/deadline--passed/);
  await expect(notice).toContainText(/Fristen gikk ut \d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}\./);
  await expect(notice).toContainText('forvaltningsloven § 31');
  await expect(notice).not.toContainText('Du kan klage på vedtaket til og med');
  // The machine-readable day stays ISO; the reader never sees ISO.
  await expect(notice.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('main')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // The same in English: "24 May 2026", not "2026-05-24".
  await page.context().addCookies([{ name: 'minsak_lang', value: 'en', url: page.url() }]);
  await page.reload();
  await expect(page.locator('.deadline')).toContainText(/The deadline passed on \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\./);
  await expect(page.locator('main')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
});

test('the document list shows dates in words', async ({ page }) => {
  await login(page, person('Mor i Heimdal-sak'));
  await page.getByRole('link', { name: 'Nora' }).click();
  await page.getByRole('link', { name: /Se \d+ dokumenter/ }).click();
  await expect(page.locator('main time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('main')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
});

test('a letter withheld for a hidden address gives the nemnd decision as its basis, no working note', async ({ page }) => {
  await login(page, person('Mor til Lucas'));
  await page.goto('/sak/case-d/dokumenter/case-d-d02');
  await expect(page.getByRole('heading', { name: 'Dette dokumentet er ikke delt med deg' })).toBeVisible();
  await expect(page.getByText(/barneverns- og helsenemnda om at barnets oppholdssted skal holdes hemmelig/)).toBeVisible();
  const main = page.locator('main');
  await expect(main).not.toContainText(/bekreftet|verifiser|verify/i);
  await expect(main).not.toContainText('paragraf');
  await expectAccessible(page);
});

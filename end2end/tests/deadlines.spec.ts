import { test, expect } from '@playwright/test';
import { login, person, expectAccessible, expectNoHorizontalScroll, reviewAndConfirm, staffLogin } from './helpers';
import { citizen, family, importFamily } from './import-client';

// Issue 11 (points 1 and 3). Every demo vedtak was decided months before the demo's
// today, so its klagefrist has passed. The open and last-days states are set up by
// importing vedtak whose klagefrist lies a given number of days after Oslo's today
// (the day the portal counts from); the boundary days themselves are covered by the
// Rust tests (domain::deadline, components::deadline, features::reading::reader_text_tests).

/** Oslo's date `days` from now, as YYYY-MM-DD. */
function osloDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('an open klagefrist says how many days are left; in its last days it is marked', async ({ page, request }, info) => {
  test.setTimeout(90_000);
  const f = family(Date.now(), info.project.name, { tag: 'frist', shiftDays: 9 });
  const [doc] = f.batch.documents;
  const open = { ...doc, doc_type: 'VEDTAK', title: `Vedtak med åpen frist ${f.title}`, doc_date: osloDay(-9), appeal_deadline: osloDay(12) };
  const last = { ...doc, id: `${doc.id}-2`, doc_type: 'VEDTAK', title: `Vedtak med kort frist ${f.title}`, doc_date: osloDay(-19), appeal_deadline: osloDay(2) };
  f.batch.documents = [open, last];
  await importFamily(request, f);

  await staffLogin(page, 'demo-saksbehandler-lerkendal-1');
  // Staff read dates in words too (the machine-readable day stays in <time>).
  for (const url of ['/ansatt/saker', '/ansatt/ko', `/ansatt/sak/${f.caseId}`, `/ansatt/sak/${f.caseId}/dokument/${open.id}`]) {
    await page.goto(url);
    await expect(page.locator('main time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('main')).not.toContainText(/\b\d{4}-\d{2}-\d{2}\b/);
  }
  for (const d of [open, last]) {
    await page.goto(`/ansatt/sak/${f.caseId}/dokument/${d.id}`);
    await page.getByRole('checkbox', { name: /^Marte Importsen/ }).check();
    await page.getByRole('radio', { name: /Del hele dokumentet/ }).check();
    await reviewAndConfirm(page);
    await expect(page.getByText('Vurderingen er lagret for én part.')).toBeVisible();
  }

  await citizen(page, f.pids.mother);
  await page.goto(`/sak/${f.caseId}/dokumenter/${open.id}`);
  const notice = page.locator('.deadline');
  await expect(notice).toHaveClass(/deadline--open/);
  await expect(notice).toContainText('Du kan klage på vedtaket til og med');
  await expect(notice).toContainText('Det er 12 dager igjen.');
  await expect(notice.locator('time')).toHaveAttribute('datetime', open.appeal_deadline);
  await expect(page.locator('main')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await expectAccessible(page);

  await page.goto(`/sak/${f.caseId}/dokumenter/${last.id}`);
  await expect(notice).toHaveClass(/deadline--last/);
  await expect(notice).toContainText('Fristen går ut om 2 dager.');
  await expect(notice).not.toContainText('Fristen gikk ut');
  await expectAccessible(page);
});

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

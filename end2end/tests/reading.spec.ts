import { test, expect } from '@playwright/test';
import { login, person, expectAccessible, expectNoHorizontalScroll } from './helpers';

test('a mother reads her case: overview, documents, a redacted report and a PDF', async ({ page, javaScriptEnabled }) => {
  await login(page, person('Mor i Heimdal-sak'));
  await page.getByRole('link', { name: 'Nora' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saken til Nora' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Saken er nå i fasen: Hjelpetiltak/ })).toBeVisible();
  await expect(page.getByText('Saksbehandleren din')).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await page.getByRole('link', { name: /Se \d+ dokumenter/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dokumenter i saken til Nora' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Invitasjon til samtale' })).toHaveCount(0);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // Filter by type with a plain GET form: the same with and without JavaScript.
  await page.getByLabel('Type dokument').selectOption('VEDTAK');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/type=VEDTAK/);
  await expect(page.getByRole('link', { name: 'Vedtak om hjelpetiltak for Nora' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tiltaksplan for Nora' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Vedtak om hjelpetiltak for Nora' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vedtak om hjelpetiltak for Nora' })).toBeVisible();
  // Decided months ago: the klagefrist has passed (issue 11).
  await expect(page.getByText(/Fristen gikk ut/)).toBeVisible();
  const pdfLink = page.getByRole('link', { name: 'Last ned dokumentet som PDF' });
  await expect(pdfLink).toBeVisible();
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expectAccessible(page);

  // The report of concern is partly shared: the reporter's name is gone, marked.
  await page.goto(page.url().replace(/dokumenter\/.*$/, 'dokumenter'));
  await page.getByRole('link', { name: 'Bekymringsmelding om Nora' }).click();
  await expect(page.getByText('Deler av dokumentet er ikke delt med deg.')).toBeVisible();
  await expect(page.locator('mark.redaction').first()).toHaveText('[skjermet]');
  await expect(page.locator('main')).not.toContainText('Hilde Strand');
  await expect(page.getByRole('link', { name: 'Last ned dokumentet som PDF' })).toHaveCount(0);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  void javaScriptEnabled;
});

test('a father sees a withheld document by title, with the legal basis and what he can do', async ({ page }) => {
  await login(page, person('Far i Heimdal-sak'));
  await page.getByRole('link', { name: 'Nora' }).click();
  await page.getByRole('link', { name: /Se \d+ dokumenter/ }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Referat fra møte med mor og behandler' });
  await expect(item.getByText('Ikke delt med deg')).toBeVisible();
  await item.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Dette dokumentet er ikke delt med deg' })).toBeVisible();
  await expect(page.getByText(/forvaltningsloven § 19/)).toBeVisible();
  await expect(page.getByText(/Referatet handler i hovedsak om mors helse/)).toBeVisible();
  await expect(page.getByText(/kan du klage innen 3 uker/)).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test('a youth of 16 reads his own case; a child of 9 sees none', async ({ page }) => {
  await login(page, person('Sander, 16 år'));
  await expect(page.getByRole('link', { name: 'Sander' })).toBeVisible();
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await login(page, person('Nora, 9 år'));
  await expect(page.getByText('Du er ikke part i noen saker som vises her.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nora' })).toHaveCount(0);
  const direct = await page.request.get('/sak/case-a', { maxRedirects: 0 });
  expect(await direct.text()).not.toContain('Tiltaksplan');
});

import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, staffLogin } from './helpers';
import { citizen, family, importFamily } from './import-client';

// Issue 15, attachments, on a family imported for this project: the mother writes with
// a PDF, a program renamed .pdf, a password-protected PDF and a file over 10 MB. The
// three are refused by name with the reason, her text and the good PDF are kept; she
// sends. The caseworker downloads the PDF (a download, never shown inline or sniffed);
// the father gets "not found" for the same link.

const CASEWORKER = 'demo-saksbehandler-lerkendal-1';
const fixture = (name: string) => readFileSync(new URL(`../../app/testdata/attachments/${name}`, import.meta.url));

test('files are checked by content, refused by name with the text kept, and downloaded only by the thread', async ({ page }, info) => {
  test.setTimeout(120_000);
  const f = family(Date.now(), info.project.name, { tag: 'files', shiftDays: 21 });
  await importFamily(page.request, f);
  const main = page.locator('main');
  const subject = `Papirer ${f.title}`;
  const text = 'Her er brevet fra skolen.';
  const pdf = fixture('plain.pdf');
  const oversized = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);

  await citizen(page, f.pids.mother);
  await page.goto(`/sak/${f.caseId}/meldinger`);
  await expect(main).toContainText('opptil 10 filer på inntil 10 MB hver');
  await main.getByLabel('Emne').fill(subject);
  await main.getByLabel('Melding', { exact: true }).fill(text);
  await main.getByLabel('Vedlegg (valgfritt)').setInputFiles([
    { name: 'brev.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'faktura.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00program', 'latin1') },
    { name: 'laast.pdf', mimeType: 'application/pdf', buffer: fixture('encrypted.pdf') },
    { name: 'stor.pdf', mimeType: 'application/pdf', buffer: oversized },
  ]);
  await main.getByRole('button', { name: 'Send' }).click();
  const summary = page.locator('#skjemafeil');
  await expect(summary).toContainText('faktura.pdf: Denne filtypen kan ikke sendes.');
  await expect(summary).toContainText('laast.pdf: PDF-en er beskyttet med passord');
  await expect(summary).toContainText('stor.pdf: Filen er større enn 10 MB.');
  await expect(main.getByLabel('Emne')).toHaveValue(subject);
  await expect(main.getByLabel('Melding', { exact: true })).toHaveValue(text);
  await expect(main.getByLabel(/Fjern brev\.pdf/)).not.toBeChecked();
  await expectAccessible(page);

  // Sent as it stands: the kept PDF goes with the text.
  await main.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Meldingen er sendt.');
  const link = main.getByRole('link', { name: 'brev.pdf' });
  await expect(link).toBeVisible();
  await expect(main.locator('.attachments li')).toHaveCount(1);
  const threadUrl = new URL(page.url()).pathname;
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.startsWith(`${threadUrl}/vedlegg/`)).toBe(true);
  const own = await page.request.get(href);
  expect(own.status()).toBe(200);
  expect(Buffer.from(await own.body()).equals(pdf)).toBe(true);

  // The caseworker downloads it: an attachment, the type from its content, nosniff.
  await staffLogin(page, CASEWORKER);
  const staffThread = `/ansatt${threadUrl}`;
  await page.goto(staffThread);
  await expect(main.getByRole('link', { name: 'brev.pdf' })).toBeVisible();
  const res = await page.request.get(`/ansatt${href}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="brev\.pdf"/);
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await res.body()).equals(pdf)).toBe(true);

  // The father: the same link is "not found", and so is the staff one.
  await citizen(page, f.pids.father);
  expect((await page.request.get(href)).status()).toBe(404);
  const asFather = await page.request.get(`/ansatt${href}`, { maxRedirects: 0 });
  expect(asFather.status()).not.toBe(200);

  // The mother's access log shows the service opened her attachment.
  await citizen(page, f.pids.mother);
  await page.goto(`/sak/${f.caseId}/hvem-har-sett`);
  await expect(main).toContainText('Åpnet et vedlegg i en melding med deg');
});

import { test, expect } from '@playwright/test';
import { expectAccessible, login, person, sameOrigin, staffLogin } from './helpers';

// Issue 15, replies and appeals on documents: the mother in the Heimdal case replies to
// the vedtak shared with her, and its klagefrist has passed: the appeal page says so
// and how she can still write, offers no form, and a post sent anyway is refused with
// her text kept and nothing stored.

const CASE = 'case-a';
const VEDTAK = 'case-a-d03';

test('a reply to a vedtak is sent; an appeal after the klagefrist is refused with the text kept', async ({ page }, info) => {
  await login(page, person('Mor i Heimdal-sak'));
  const main = page.locator('main');
  await page.goto(`/sak/${CASE}/dokumenter/${VEDTAK}`);
  await expect(main.getByRole('heading', { name: 'Svar eller klag' })).toBeVisible();

  // The appeal: the deadline has passed, so no form, and what she can do instead.
  await main.getByRole('link', { name: 'Klag på vedtaket' }).click();
  await expect(page.locator('h1')).toHaveText('Klage');
  await expect(main).toContainText('Klagefristen gikk ut');
  await expect(main).toContainText('særlige grunner');
  await expect(main.getByRole('button', { name: 'Send' })).toHaveCount(0);
  await expectAccessible(page);
  const text = `Jeg er uenig i vedtaket (${info.project.name}).`;
  const key = '7c7c7c7c-0000-4000-8000-' + String(Date.now()).slice(-12).padStart(12, '0');
  const res = await page.request.post(`/sak/${CASE}/dokumenter/${VEDTAK}/klage/send`, {
    form: { nokkel: key, skjema: 'ny', emne: 'Klage', tekst: text }, headers: sameOrigin, maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  expect(res.headers()['location']).toBe(`/sak/${CASE}/dokumenter/${VEDTAK}/klage#skjemafeil`);
  await page.goto(`/sak/${CASE}/dokumenter/${VEDTAK}/klage`);
  await expect(page.locator('#skjemafeil')).toContainText('Klagefristen har gått ut. Klagen ble ikke sendt.');
  await page.goto(`/sak/${CASE}/meldinger`);
  await expect(main).not.toContainText(text);

  // The reply: the subject suggested from the document, sent as a thread on it.
  await page.goto(`/sak/${CASE}/dokumenter/${VEDTAK}`);
  await main.getByRole('link', { name: 'Svar på dokumentet' }).click();
  await expect(page.locator('h1')).toHaveText('Svar på dokumentet');
  await expect(main.getByLabel('Emne')).toHaveValue(/^Svar på: Vedtak om hjelpetiltak for Nora/);
  await expectAccessible(page);
  await main.getByLabel('Emne').fill(`Spørsmål om vedtaket (${info.project.name})`);
  await main.getByLabel('Melding', { exact: true }).fill('Når begynner støttekontakten?');
  await main.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Meldingen er sendt.');
  await expect(page.locator('h1')).toHaveText(`Spørsmål om vedtaket (${info.project.name})`);
  const threadId = new URL(page.url()).pathname.split('/').pop() ?? '';

  // The caseworker sees it marked as a reply, with the way to the document.
  await staffLogin(page, 'demo-saksbehandler-heimdal-1');
  await page.goto('/ansatt/meldinger');
  const row = main.locator('tr', { has: page.locator(`a[href$="/meldinger/${threadId}"]`) });
  await expect(row).toContainText('Svar på dokument');
  await page.goto(`/ansatt/sak/${CASE}/meldinger/${threadId}`);
  await expect(main.getByRole('link', { name: 'Se dokumentet' })).toHaveAttribute('href', `/ansatt/sak/${CASE}/dokument/${VEDTAK}`);
  await expectAccessible(page);
});

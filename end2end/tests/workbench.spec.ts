import { test, expect, type Page } from '@playwright/test';
import { login, person, staffLogin, expectAccessible, expectNoHorizontalScroll, reviewAndConfirm, sameOrigin } from './helpers';

// The caseworker workbench, end to end and without JavaScript too: plain forms with
// post-redirect-get. The four projects run one after another on one database, so the
// main test first revokes the document's decisions (a decision itself, with a reason)
// and then decides afresh: it holds whatever an earlier project left behind.

const CASEWORKER = 'demo-saksbehandler-lerkendal-1'; // Sander's case-b is Lerkendal's
const OTHER_UNIT = 'demo-saksbehandler-heimdal-1';
const DOCUMENT = 'Notat fra hjemmebesøk';

async function decide(page: Page, parties: string[], choice: RegExp) {
  for (const p of parties) await page.getByRole('checkbox', { name: new RegExp(`^${p}`) }).check();
  await page.getByRole('radio', { name: choice }).check();
}

const save = reviewAndConfirm;

test('a caseworker shares, withholds and redacts per party; each party sees exactly that', async ({ page }) => {
  test.setTimeout(90_000);
  await staffLogin(page, CASEWORKER);
  await expect(page.getByRole('heading', { level: 1, name: 'Saker i enheten' })).toBeVisible();
  await page.getByLabel('Fase').selectOption('HJELPETILTAK');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/fase=HJELPETILTAK/);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Sander Johansen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saken til Sander Johansen' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await page.getByRole('link', { name: DOCUMENT }).click();
  await expect(page.getByRole('heading', { level: 1, name: DOCUMENT })).toBeVisible();
  const docUrl = new URL(page.url());
  const [, , , caseId, , documentId] = docUrl.pathname.split('/');

  // Start from "not decided" for all three, whatever an earlier run left.
  await decide(page, ['Lise Johansen', 'Ingrid Lie', 'Sander Johansen'], /Trekk tilbake/);
  await page.getByLabel('Grunn til endringen (internt)').fill('E2E: starter vurderingen på nytt.');
  await save(page);
  await expect(page.getByText('Vurderingen er lagret for 3 parter.')).toBeVisible();

  await page.getByRole('link', { name: 'Beslutningskø' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beslutningskø' })).toBeVisible();
  await expect(page.getByRole('link', { name: DOCUMENT })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: DOCUMENT }).click();

  // Share with the mother.
  await decide(page, ['Lise Johansen'], /Del hele dokumentet/);
  await save(page);
  await expect(page.getByText('Vurderingen er lagret for én part.')).toBeVisible();

  // Withhold from the co-mother: a missing justification is refused, the input kept.
  await decide(page, ['Ingrid Lie'], /Unnta fra innsyn/);
  await page.getByLabel('Hjemmel').selectOption('FVL-19-2B');
  await page.getByLabel(/Merinnsyn er vurdert/).check();
  await page.getByRole('button', { name: 'Se over før du lagrer' }).click();
  await expect(page.getByRole('alert')).toContainText('Skriv en begrunnelse.');
  await expect(page.getByLabel('Begrunnelse (vises for parten)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Hjemmel')).toHaveValue('FVL-19-2B');
  await expect(page.getByLabel(/Merinnsyn er vurdert/)).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Ingrid Lie/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Unnta fra innsyn/ })).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel('Begrunnelse (vises for parten)').fill('E2E: hensyn til Sanders fortrolige samtale.');
  await save(page);
  await expect(page.getByText('Vurderingen er lagret for én part.')).toBeVisible();

  // Redact the last paragraph for the youth, with the whole-paragraph checkbox.
  const lastBlock = page.locator('input[name=redact_block]').last();
  const blockId = await lastBlock.getAttribute('id');
  const secret = (await page.locator(`label[for="${blockId}"]`).innerText()).replace(/^.*?:\s*/, '').trim();
  expect(secret.length).toBeGreaterThan(10);
  await decide(page, ['Sander Johansen'], /Del med sladding/);
  await page.getByLabel('Hjemmel').selectOption('FVL-19-2B');
  await page.getByLabel(/Merinnsyn er vurdert/).check();
  await page.getByLabel('Begrunnelse (vises for parten)').fill('E2E: kontrollkoden er tatt ut.');
  await lastBlock.check();
  // The review shows the paragraph hidden, exactly as the youth will read it.
  await page.getByRole('button', { name: 'Se over før du lagrer' }).click();
  const review = page.locator('#bekreft');
  await expect(review).toContainText('Sander Johansen');
  await expect(review.locator('mark.redaction').first()).toHaveText('[skjermet]');
  await expect(review).not.toContainText(secret);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bekreft og lagre' }).click();
  await expect(page.getByText('Vurderingen er lagret for én part.')).toBeVisible();
  await expect(page.locator('.party-decisions').filter({ hasText: 'Sander Johansen' })).toContainText('Delvis delt');
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // Preview as the youth: the same read path, the paragraph gone.
  const preview = `/ansatt/sak/${caseId}/forhandsvis/p-b-sander`;
  await page.goto(preview);
  await expect(page.getByText(/Du ser nå saken slik Sander Johansen ser den/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: DOCUMENT }).click();
  await expect(page.locator('mark.redaction').first()).toHaveText('[skjermet]');
  expect(await (await page.request.get(`${preview}/dokument/${documentId}`)).text()).not.toContain(secret);
  await expectAccessible(page);

  const citizenUrl = `/sak/${caseId}/dokumenter/${documentId}`;
  // The mother reads it all.
  await page.context().clearCookies();
  await login(page, person('Mor til Sander'));
  await page.goto(citizenUrl);
  await expect(page.getByRole('heading', { level: 1, name: DOCUMENT })).toBeVisible();
  await expect(page.locator('main')).toContainText(secret);

  // The co-mother sees the title, the ground and the justification only.
  await page.context().clearCookies();
  await login(page, person('Medmor til Sander'));
  await page.goto(citizenUrl);
  await expect(page.getByRole('heading', { name: 'Dette dokumentet er ikke delt med deg' })).toBeVisible();
  await expect(page.getByText('E2E: hensyn til Sanders fortrolige samtale.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(secret);

  // The youth reads it redacted; the paragraph is in no response to him.
  await page.context().clearCookies();
  await login(page, person('Sander, 16 år'));
  await page.goto(citizenUrl);
  await expect(page.getByText('Deler av dokumentet er ikke delt med deg.')).toBeVisible();
  await expect(page.locator('mark.redaction').first()).toHaveText('[skjermet]');
  const html = await (await page.request.get(citizenUrl)).text();
  expect(html).not.toContain(secret);
  const api = await page.request.post('/api/read_document', { form: { case_id: caseId, document_id: documentId }, headers: sameOrigin });
  expect(await api.text()).not.toContain(secret);
});

test('a caseworker of another unit gets "not found" for the case', async ({ page }) => {
  await staffLogin(page, OTHER_UNIT);
  for (const url of ['/ansatt/sak/case-b', '/ansatt/sak/case-b/dokument/case-b-d06', '/ansatt/sak/case-b/forhandsvis/p-b-sander']) {
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(404);
    expect(await res.text()).not.toContain('Notat fra hjemmebesøk');
  }
  const post = await page.request.post('/ansatt/sak/case-b/dokument/case-b-d06/beslutning', {
    form: { party: 'p-b-sander', state: 'SHARED' },
    maxRedirects: 0,
    headers: sameOrigin,
  });
  expect(post.status()).toBe(404);
  await page.goto('/ansatt/sak/case-b');
  await expect(page.getByText('Vi fant ikke det du så etter')).toBeVisible();
  await expectAccessible(page);
});

test('a citizen session is sent to the employee login for staff pages', async ({ page }) => {
  await login(page, person('Mor til Sander'));
  for (const url of ['/ansatt/saker', '/ansatt/ko', '/ansatt/sak/case-b']) {
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBeGreaterThanOrEqual(300);
    expect(res.status(), url).toBeLessThan(400);
    expect(res.headers()['location'], url).toMatch(/^\/ansatt\/auth\/login/);
  }
});

import { test, expect } from '@playwright/test';
import { expectAccessible, expectFitsAt320, reviewAndConfirm, staffLogin } from './helpers';
import { citizen, family, importFamily } from './import-client';

// Minutes for comment, on a family imported for this project: the caseworker shares
// the meeting minutes with the mother only and opens them for comments (three weeks
// offered) → the mother reads until when on the document and asks for a correction
// right at the part it concerns; an empty request is refused with the part's form
// open again → the father, who was not given the minutes, finds no page and none of
// her words → the caseworker must choose an outcome and give a reason when the
// minutes stand → the mother reads the answer in place.

const CASEWORKER = 'demo-saksbehandler-lerkendal-1';

/** The Norwegian calendar day `days` from now, as the portal counts days. */
function osloDay(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(Date.now() + days * 86_400_000));
}

test('the mother asks for a correction in place and reads the answer; the father sees nothing', async ({ page }, info) => {
  test.setTimeout(120_000);
  const f = family(Date.now(), info.project.name, { tag: 'referat', shiftDays: 27 });
  await importFamily(page.request, f);
  const main = page.locator('main');
  const staffDoc = `/ansatt/sak/${f.caseId}/dokument/${f.documentId}`;
  const minutes = `/sak/${f.caseId}/dokumenter/${f.documentId}/merknader`;
  const words = 'Det var på <script>alert(1)</script> fritidsklubben, ikke på skolen.';
  const reason = `Slik ble det sagt i møtet (${f.title}).`;

  await staffLogin(page, CASEWORKER);
  await page.goto(staffDoc);
  await page.getByRole('checkbox', { name: /^Marte Importsen/ }).check();
  await page.getByRole('radio', { name: /Del hele dokumentet/ }).check();
  await reviewAndConfirm(page);
  await expect(page.getByText('Vurderingen er lagret for én part.')).toBeVisible();
  await main.getByRole('link', { name: 'Merknader til referatet' }).click();
  await expect(page.locator('h1')).toHaveText(f.title);
  await expect(main).toContainText('Referatet er ikke åpnet for merknader.');
  await expect(main.getByLabel('Siste dag for merknader')).toHaveValue(osloDay(21));
  await expectAccessible(page);
  await main.getByRole('button', { name: 'Åpne for merknader' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Fristen for merknader er lagret.');
  await expect(main).toContainText('Åpent for merknader til og med');
  await expect(main.getByRole('button', { name: 'Endre fristen' })).toBeVisible();

  await citizen(page, f.pids.mother);
  await page.goto(`/sak/${f.caseId}/dokumenter/${f.documentId}`);
  await expect(main).toContainText('Du kan be om rettelser i referatet til og med');
  await main.getByRole('link', { name: 'Be om rettelser i referatet' }).click();
  await expect(page).toHaveURL(new RegExp(`${minutes}$`));
  await expect(page.locator('h1')).toHaveText(f.title);
  const part = main.locator('#del-2');
  await expect(part).toContainText(f.open);
  await expectAccessible(page);
  await part.locator('summary').click();
  await part.getByRole('button', { name: 'Send merknaden' }).click();
  await expect(page.locator('#skjemafeil')).toContainText('Skriv hva som bør rettes.');
  // Back at that part, its form open.
  await part.getByLabel('Hva bør rettes?').fill(words);
  await part.getByRole('button', { name: 'Send merknaden' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Merknaden er sendt. Barnevernstjenesten svarer deg her.');
  await expect(part.locator('blockquote')).toHaveText(words);
  await expect(part).toContainText('Barnevernstjenesten har ikke svart ennå.');
  await expectAccessible(page);
  if (info.project.name.startsWith('phone')) await expectFitsAt320(page);

  await citizen(page, f.pids.father);
  const his = await page.goto(minutes);
  expect(his?.status()).toBe(404);
  await expect(main).not.toContainText('fritidsklubben');

  await staffLogin(page, CASEWORKER);
  await page.goto(`${staffDoc}/merknader`);
  await expect(main.locator('blockquote').filter({ hasText: 'fritidsklubben' })).toHaveText(words);
  await expect(main.locator('.minutes-quote')).toHaveText(f.open);
  // Nothing is chosen for the caseworker.
  await expect(main.getByRole('radio', { checked: true })).toHaveCount(0);
  await main.getByLabel(/Referatet rettes ikke/).check();
  await main.getByRole('button', { name: 'Send svaret' }).click();
  await expect(page.locator('#skjemafeil')).toContainText('Skriv hvorfor referatet ikke rettes.');
  await expect(main.getByLabel(/Referatet rettes ikke/)).toBeChecked();
  await main.getByLabel('Svaret til parten').fill(reason);
  await main.getByRole('button', { name: 'Send svaret' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Svaret er sendt til parten.');
  await expect(main).toContainText('referatet rettes ikke');
  await expect(main.getByRole('button', { name: 'Send svaret' })).toHaveCount(0);
  await expectAccessible(page);

  await citizen(page, f.pids.mother);
  await page.goto(minutes);
  await expect(part).toContainText('Referatet blir ikke rettet');
  await expect(part).toContainText(reason);
  await page.goto(`/sak/${f.caseId}/dokumenter/${f.documentId}`);
  await expect(main).toContainText('Du har sendt 1 merknad, 1 er besvart.');
});

import { test, expect } from '@playwright/test';
import { expectAccessible, expectFitsAt320, staffLogin } from './helpers';
import { citizen, family, importFamily } from './import-client';

// A request to see the whole case, on a family imported for this project: the mother
// asks from her case page → the unit's innsyn list shows it → the caseworker cannot
// answer "granted" while the document is undecided for her, nor refuse without a
// reason, and what they typed stays → the refusal with its reason → the mother reads
// the answer, her klagefrist and how to appeal; the father sees neither her request
// nor the answer; her access log shows the caseworker's answer, his does not.

const CASEWORKER = 'demo-saksbehandler-lerkendal-1';

test('a party asks to see the whole case and the service answers her in words', async ({ page }, info) => {
  test.setTimeout(120_000);
  const f = family(Date.now(), info.project.name, { tag: 'helesaken', shiftDays: 24 });
  await importFamily(page.request, f);
  const main = page.locator('main');
  const asked = 'Jeg vil se alt, også <script>alert(1)</script> det dere ikke har sendt meg.';
  const reason = `Samtalereferatet holdes tilbake til samtalene med Ylva er ferdige (${f.title}).`;

  await citizen(page, f.pids.mother);
  await page.goto(`/sak/${f.caseId}`);
  await main.getByRole('link', { name: 'Be om innsyn i hele saken' }).click();
  await expect(page.locator('h1')).toHaveText('Innsyn i hele saken');
  await expectAccessible(page);
  await main.getByLabel('Vil du si noe om hva du ønsker å se? (valgfritt)').fill(asked);
  await main.getByRole('button', { name: 'Be om innsyn i hele saken' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Forespørselen er sendt. Barnevernstjenesten svarer deg her.');
  // Her words as text, not markup; one request waits at a time.
  await expect(main.locator('blockquote')).toHaveText(asked);
  await expect(main).toContainText('Barnevernstjenesten har ikke svart ennå.');
  await expect(main.getByRole('button', { name: 'Be om innsyn i hele saken' })).toHaveCount(0);
  await expectAccessible(page);

  await citizen(page, f.pids.father);
  await page.goto(`/sak/${f.caseId}/innsyn`);
  await expect(main).not.toContainText('Jeg vil se alt');
  await expect(main.getByRole('button', { name: 'Be om innsyn i hele saken' })).toBeVisible();

  await staffLogin(page, CASEWORKER);
  await page.goto('/ansatt/innsyn');
  // Imported person ids are stored under the import client's namespace.
  const answerLink = main.locator(`a[href^="/ansatt/sak/${f.caseId}/innsyn/"]`);
  await expect(answerLink).toHaveCount(1);
  await answerLink.click();
  await expect(page.locator('h1')).toHaveText('Innsyn i hele saken');
  await expect(main.locator('blockquote').first()).toHaveText(asked);
  await expect(main.getByRole('row', { name: new RegExp(f.title) })).toContainText('Ikke vurdert');
  await expectAccessible(page);
  // Nothing is chosen for the caseworker.
  await expect(main.getByRole('radio', { checked: true })).toHaveCount(0);
  await main.getByLabel('Innvilget: parten ser alle dokumentene i sin helhet').check();
  await main.getByLabel('Svar og begrunnelse til parten').fill(reason);
  await main.getByRole('button', { name: 'Send svaret' }).click();
  await expect(page.locator('#skjemafeil')).toContainText('Innvilget kan bare velges når parten ser alle dokumentene i sin helhet.');
  await expect(main.getByLabel('Svar og begrunnelse til parten')).toHaveValue(reason);
  await main.getByLabel('Avslått').check();
  await main.getByLabel('Svar og begrunnelse til parten').fill('');
  await main.getByRole('button', { name: 'Send svaret' }).click();
  await expect(page.locator('#skjemafeil')).toContainText('Skriv begrunnelsen parten skal få.');
  await expect(main.getByLabel('Avslått')).toBeChecked();
  await main.getByLabel('Svar og begrunnelse til parten').fill(reason);
  await main.getByRole('button', { name: 'Send svaret' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Svaret er sendt til parten.');
  await expect(main).toContainText('Avslått');
  await expect(main.getByRole('button', { name: 'Send svaret' })).toHaveCount(0);
  await page.goto('/ansatt/innsyn');
  await expect(answerLink).toHaveCount(0);

  await citizen(page, f.pids.mother);
  await page.goto(`/sak/${f.caseId}/innsyn`);
  await expect(main).toContainText('Avslått');
  await expect(main).toContainText(reason);
  await expect(main).toContainText('Du kan klage på avslaget til og med');
  await expect(main.getByRole('link', { name: 'Klag på svaret' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Be om innsyn i hele saken' })).toBeVisible();
  await expectAccessible(page);
  if (info.project.name.startsWith('phone')) await expectFitsAt320(page);
  // She appeals the refusal: a KLAGE to the service, until the klagefrist.
  await main.getByRole('link', { name: 'Klag på svaret' }).click();
  await expect(page.locator('h1')).toHaveText('Klage');
  await expect(main).toContainText('Du kan klage til og med');
  await expect(main.getByLabel('Emne')).toHaveValue('Klage på: Innsyn i hele saken');
  await expectAccessible(page);
  await main.getByLabel('Melding', { exact: true }).fill(`Jeg mener jeg har rett til å se samtalereferatet (${f.title}).`);
  await main.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Meldingen er sendt.');
  await expect(page.locator('h1')).toHaveText('Klage på: Innsyn i hele saken');
  await page.goto(`/sak/${f.caseId}/hvem-har-sett`);
  await expect(main).toContainText('Svarte på forespørselen din om innsyn i hele saken');

  await citizen(page, f.pids.father);
  await page.goto(`/sak/${f.caseId}/innsyn`);
  await expect(main).not.toContainText(reason);
  await expect(main).not.toContainText('Avslått');
  await page.goto(`/sak/${f.caseId}/hvem-har-sett`);
  await expect(main).not.toContainText('innsyn i hele saken');
});

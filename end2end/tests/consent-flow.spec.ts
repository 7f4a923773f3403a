import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, expectFitsAt320, staffLogin } from './helpers';
import { citizen, family, importFamily } from './import-client';

// Issue 14's flow, on a family imported for this project: a caseworker asks both
// parents → the mother consents → the father declines → IKKE_SAMTYKKET, and the
// mother's page says only that not all have said yes → the father changes to yes →
// SAMTYKKET → the mother withdraws (keyboard only: one link, one confirmation) →
// TRUKKET, and the unit overview puts the withdrawal first. History on both sides.

const CASEWORKER = 'demo-saksbehandler-lerkendal-1';

async function openAsParty(page: Page, pid: string, caseId: string) {
  await citizen(page, pid);
  await page.goto(`/sak/${caseId}`);
  await page.locator('main').getByRole('link', { name: 'Samarbeid med skolen' }).click();
  await expect(page.locator('h1')).toHaveText('Samtykke: Samarbeid med skolen');
}

test('a caseworker asks both parents; their answers, a change of mind and a withdrawal', async ({ page }, info) => {
  test.setTimeout(120_000);
  const f = family(Date.now(), info.project.name, { tag: 'samtykke', shiftDays: 15 });
  await importFamily(page.request, f);
  const main = page.locator('main');

  await staffLogin(page, CASEWORKER);
  await page.goto(`/ansatt/sak/${f.caseId}`);
  await main.getByRole('link', { name: 'Nytt samtykke' }).click();
  await expectAccessible(page);
  // Nothing is chosen for the caseworker; an empty form is refused field by field.
  await main.getByRole('button', { name: 'Send forespørselen' }).click();
  await expect(page.locator('#skjemafeil')).toContainText('Velg et formål.');
  await expect(page.locator('#skjemafeil')).toContainText('Velg minst én part.');
  await main.getByLabel('Formål').selectOption('INFO_SKOLE');
  const words = `Vi vil snakke med kontaktlæreren om leksene (${f.title}).`;
  await main.getByLabel('Hva partene blir spurt om, med tjenestens egne ord').fill(words);
  await main.getByLabel('Hvem opplysningene kan gå til, eller hvem som gjennomfører tiltaket').fill('Kontaktlæreren');
  await main.getByLabel(/Marte Importsen/).check();
  await main.getByLabel(/Frode Importsen/).check();
  await main.getByRole('button', { name: 'Send forespørselen' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Forespørselen er sendt til partene.');
  const consentId = new URL(page.url()).pathname.split('/').pop() ?? '';
  expect(consentId).toMatch(/^[0-9a-f-]{36}$/);
  const staffUrl = `/ansatt/sak/${f.caseId}/samtykker/${consentId}`;

  // The mother finds it first on "Mine saker", and says yes.
  await citizen(page, f.pids.mother);
  const waiting = main.locator('section', { has: page.getByRole('heading', { name: 'Venter på svar fra deg' }) });
  await expect(waiting.getByRole('link', { name: 'Samarbeid med skolen' })).toBeVisible();
  await waiting.getByRole('link', { name: 'Samarbeid med skolen' }).click();
  await expect(main).toContainText(words);
  await main.getByRole('button', { name: 'Ja, jeg samtykker' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Svaret ditt er lagret: du har sagt ja.');

  await openAsParty(page, f.pids.father, f.caseId);
  await main.getByRole('button', { name: 'Nei, jeg samtykker ikke' }).click();
  await expect(main).toContainText('Du har sagt nei. Samtykket gjelder ikke.');

  await staffLogin(page, CASEWORKER);
  await page.goto(staffUrl);
  await expect(main).toContainText('Status: Ikke samtykket');

  // The mother is told only that not all have said yes: not who, not what.
  await openAsParty(page, f.pids.mother, f.caseId);
  await expect(main).toContainText('Du har sagt ja. Samtykket gjelder først når alle som er spurt, har sagt ja.');
  await expect(main).not.toContainText('Frode');

  await openAsParty(page, f.pids.father, f.caseId);
  await main.getByRole('button', { name: 'Ja, jeg samtykker' }).click();
  await expect(main).toContainText('Samtykket gjelder: alle som er spurt, har sagt ja.');

  await staffLogin(page, CASEWORKER);
  await page.goto(staffUrl);
  await expect(main).toContainText('Status: Samtykket');

  // The withdrawal, with the keyboard alone.
  await openAsParty(page, f.pids.mother, f.caseId);
  await main.getByRole('link', { name: 'Trekk samtykket' }).focus();
  await page.keyboard.press('Enter');
  await expect(main.getByRole('heading', { name: 'Vil du trekke samtykket?' })).toBeVisible();
  await main.getByRole('button', { name: 'Ja, trekk samtykket' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#kvittering')).toContainText('Samtykket er trukket.');
  const history = main.locator('section', { has: page.getByRole('heading', { name: 'Historikk' }) });
  await expect(history.locator('li')).toHaveText([/Du ble spurt/, /Du sa ja/, /Du trakk samtykket/]);

  // The unit overview puts the withdrawal first; the caseworker sees every answer.
  await staffLogin(page, CASEWORKER);
  await page.goto('/ansatt/samtykker');
  const withdrawn = main.locator('section', { has: page.getByRole('heading', { name: 'Trukket de siste 30 dagene' }) });
  // Every project's family has a Ylva: this consent's row is the one linking to it.
  await expect(withdrawn.locator(`a[href="${staffUrl}"]`)).toBeVisible();
  await expectAccessible(page);
  await page.goto(staffUrl);
  await expect(main).toContainText('Status: Trukket');
  const rows = main.locator('section', { has: page.getByRole('heading', { name: 'Historikk' }) }).locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText('Trakk samtykket');
  await expectAccessible(page);
  await expectFitsAt320(page);

  // The father's own history: his no, then his yes.
  await openAsParty(page, f.pids.father, f.caseId);
  await expect(history.locator('li')).toHaveText([/Du ble spurt/, /Du sa nei/, /Du sa ja/]);
  await expectFitsAt320(page);

  // Cancelling needs a reason (refused without, and told where); the parties see that
  // it was cancelled, never the reason.
  await staffLogin(page, CASEWORKER);
  await page.goto(staffUrl);
  const cancel = main.locator('#avbryt');
  await cancel.getByRole('button', { name: 'Avbryt samtykket' }).click();
  await expect(page.locator('#skjemafeil')).toContainText('Fyll ut feltet.');
  await expect(main.locator('#avbryt .field-error')).toHaveText('Fyll ut feltet.');
  await expect(main).toContainText('Status: Trukket');
  await cancel.getByLabel('Begrunnelse (bare for ansatte)').fill(`Skolen er byttet (${f.title}).`);
  await cancel.getByRole('button', { name: 'Avbryt samtykket' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Samtykket er avbrutt.');
  await expect(main).toContainText('Status: Avbrutt');
  await openAsParty(page, f.pids.father, f.caseId);
  await expect(main).toContainText('Barneverntjenesten har avbrutt denne forespørselen.');
  await expect(main).not.toContainText('Skolen er byttet');
  await expect(main.getByRole('button', { name: 'Ja, jeg samtykker' })).toHaveCount(0);
});

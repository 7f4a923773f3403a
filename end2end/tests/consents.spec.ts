import { test, expect, type Page } from '@playwright/test';
import { login, person, expectAccessible, expectNoHorizontalScroll, sameOrigin } from './helpers';

const SCHOOL = '00000000-0000-4000-8000-000000000001';

// Issue 14, the party's side of samtykker: a consent waiting for an answer comes first
// on "Mine saker" and the case page, with its deadline; its page says what, with whom,
// until when and what a no means; yes and no are plain forms (no JavaScript needed);
// withdrawing sits where the yes was, with one confirmation told beforehand what it
// means, and a receipt; no party learns what another answered.

/** Opens the consent linked as `name` from the page shown, or from the case page. */
async function openConsent(page: Page, name: RegExp, caseId?: string) {
  if (caseId) await page.goto(`/sak/${caseId}`);
  await page.locator('main').getByRole('link', { name }).first().click();
  await expect(page.locator('h1')).toContainText('Samtykke:');
}

test('a consent waiting for an answer comes first, says what it means, and passes axe', async ({ page }) => {
  // Sander's medmor: asked with Sander and his mother, who have both said yes.
  await login(page, person('Medmor til Sander'));
  const main = page.locator('main');
  const waiting = main.locator('section', { has: page.getByRole('heading', { name: 'Venter på svar fra deg' }) });
  await expect(waiting).toBeVisible();
  await expect(waiting.getByRole('link', { name: 'Hjelpetiltak: støttekontakt' })).toBeVisible();
  await expect(waiting).toContainText('Svarfrist:');
  await expectAccessible(page);

  await openConsent(page, /Hjelpetiltak: støttekontakt/);
  await expect(main).toContainText('Barneverntjenesten venter på svaret ditt.');
  await expect(main).toContainText('støttekontakt for Sander');
  await expect(main).toContainText('Hvis du sier nei');
  await expect(main).toContainText('Flere i saken er spurt');
  // The others' yes is theirs: nothing here says who answered what.
  await expect(main).not.toContainText('Sander sa');
  await expect(main.getByRole('button', { name: 'Ja, jeg samtykker' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Nei, jeg samtykker ikke' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test('the youth who said yes sees that it waits for others, without being told whom', async ({ page }) => {
  await login(page, person('Sander, 16 år'));
  await page.goto('/sak/case-b');
  const main = page.locator('main');
  await expect(main.getByRole('heading', { name: 'Samtykker' })).toBeVisible();
  await openConsent(page, /Hjelpetiltak: støttekontakt/);
  await expect(main).toContainText('Du har sagt ja. Samtykket gjelder først når alle som er spurt, har sagt ja.');
  await expect(main.getByRole('link', { name: 'Trekk samtykket' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Ja, jeg samtykker' })).toHaveCount(0);
  await expectAccessible(page);
});

test('two parents answer, change their minds and withdraw, each told only of their own answer', async ({ page }, testInfo) => {
  // One run changes the demo's consent for good; the forms are plain HTML, so the phone
  // without JavaScript is the strictest place to play it.
  test.skip(testInfo.project.name !== 'phone-nojs', 'changes the demo consent: played once');
  const main = page.locator('main');
  const mother = person('Mor i Heimdal-sak');
  const father = person('Far i Heimdal-sak');

  await login(page, mother);
  await openConsent(page, /Samarbeid med skolen/, 'case-a');
  await main.getByRole('button', { name: 'Ja, jeg samtykker' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Svaret ditt er lagret: du har sagt ja.');
  // A resubmitted form (the back button, a double click) is still one answer.
  const again = await page.request.post(`/sak/case-a/samtykker/${SCHOOL}/svar`, {
    form: { svar: 'ja' }, headers: sameOrigin, maxRedirects: 0,
  });
  expect(again.status()).toBe(303);
  expect(again.headers()['location']).toContain('svar=uendret');

  await login(page, father);
  await openConsent(page, /Samarbeid med skolen/, 'case-a');
  await main.getByRole('button', { name: 'Nei, jeg samtykker ikke' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Svaret ditt er lagret: du har sagt nei.');
  await expect(main).toContainText('Du har sagt nei. Samtykket gjelder ikke.');

  // The mother is not told that the father said no: only that not all have said yes.
  await login(page, mother);
  await openConsent(page, /Samarbeid med skolen/, 'case-a');
  await expect(main).toContainText('Du har sagt ja. Samtykket gjelder først når alle som er spurt, har sagt ja.');
  const history = main.locator('section', { has: page.getByRole('heading', { name: 'Historikk' }) });
  await expect(history.locator('li')).toHaveText([/Du ble spurt/, /Du sa ja/]);

  await login(page, father);
  await openConsent(page, /Samarbeid med skolen/, 'case-a');
  await main.getByRole('button', { name: 'Ja, jeg samtykker' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Svaret ditt er lagret: du har sagt ja.');
  await expect(main).toContainText('Samtykket gjelder: alle som er spurt, har sagt ja.');

  // The mother withdraws with the keyboard alone: the link where the yes was, then the
  // confirmation, which says beforehand what was shared stays lawfully shared.
  await login(page, mother);
  await openConsent(page, /Samarbeid med skolen/, 'case-a');
  await expect(main).toContainText('Samtykket gjelder: alle som er spurt, har sagt ja.');
  await main.getByRole('link', { name: 'Trekk samtykket' }).focus();
  await page.keyboard.press('Enter');
  await expect(main.getByRole('heading', { name: 'Vil du trekke samtykket?' })).toBeVisible();
  await expect(main).toContainText('Det som ble delt før, var lovlig delt');
  await expectAccessible(page);
  await main.getByRole('button', { name: 'Ja, trekk samtykket' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#kvittering')).toContainText('Samtykket er trukket.');
  await expect(main).toContainText('Du har trukket samtykket.');
  await expect(history.locator('li')).toHaveText([/Du ble spurt/, /Du sa ja/, /Du trakk samtykket/]);
  // Saying yes again is allowed.
  await expect(main.getByRole('button', { name: 'Ja, jeg samtykker' })).toBeVisible();
  await expectAccessible(page);

  // The father's history holds his own answers only.
  await login(page, father);
  await openConsent(page, /Samarbeid med skolen/, 'case-a');
  await expect(main).toContainText('Du har sagt ja. Samtykket gjelder først når alle som er spurt, har sagt ja.');
  await expect(history.locator('li')).toHaveText([/Du ble spurt/, /Du sa nei/, /Du sa ja/]);
});

test('a consent asked of the mother alone does not exist for the father', async ({ page }) => {
  await login(page, person('Far i Heimdal-sak'));
  await page.goto('/sak/case-a');
  const main = page.locator('main');
  await expect(main.getByRole('link', { name: 'Samarbeid med helsetjenesten' })).toHaveCount(0);
  const res = await page.goto('/sak/case-a/samtykker/00000000-0000-4000-8000-000000000003');
  expect(res?.status()).toBe(404);
  await expect(page.locator('body')).not.toContainText('fastlegen');
});

import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, expectFitsAt320, login, person, staffLogin } from './helpers';

// A partly shared document says what is hidden and why, like a withheld one, and
// offers the same innsyn request, about the hidden parts (issue 11 point 2).

const REPORT = 'Rapport etter undersøkelse – Nora';

async function openDocument(page: Page, child: string, title: string) {
  await page.getByRole('link', { name: child }).first().click();
  await page.getByRole('link', { name: /Se \d+ dokumenter/ }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('the father reads the partly shared report with why parts are hidden and the request form', async ({ page }) => {
  await login(page, person('Far i Heimdal-sak'));
  await openDocument(page, 'Nora', REPORT);
  const main = page.locator('main');
  await expect(main.locator('mark.redaction').first()).toHaveText('[skjermet]');
  await expect(main).not.toContainText('sykmeldt for depresjon');

  // The notice at the top points to the reasons.
  await page.getByRole('link', { name: 'Se hvorfor, og hva du kan gjøre' }).click();
  await expect(page).toHaveURL(/#withheld-heading$/);
  const why = page.getByRole('region', { name: 'Derfor er deler av dokumentet skjermet' });
  await expect(why).toBeVisible();
  // The description next to a term (terms such as "Grunn" and "Begrunnelse ..." share words).
  const fact = (term: string) => why.locator(`xpath=.//dt[normalize-space(.)="${term}"]/following-sibling::dd[1]`);
  await expect(fact('Grunn')).toHaveText('Annen persons helseforhold');
  await expect(fact('Lovhjemmel')).toHaveText('forvaltningsloven § 19 andre ledd bokstav a');
  await expect(fact('Begrunnelse fra barnevernstjenesten')).toContainText(
    'Opplysninger om mors helse er tatt ut. De har ikke betydning for din rolle i saken.',
  );
  await expect(fact('Vurdert om du likevel kan få se det som er skjermet (merinnsyn)')).toHaveText('Ja, det er vurdert');
  await expect(why).toContainText('Be om innsyn i de skjermede delene');
  await expect(why).toContainText('kan du klage innen 3 uker');

  // The request form, worded for the hidden parts; a plain form, with or without JavaScript.
  const ask = page.getByRole('region', { name: 'Be om innsyn i de skjermede delene' });
  await expect(ask).toContainText('få se det som er skjermet i dokumentet');
  await expect(ask.getByLabel('Hvorfor vil du se det som er skjermet? (valgfritt)')).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Send forespørselen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Last ned dokumentet som PDF' })).toHaveCount(0);
  await expectAccessible(page);
  await expectFitsAt320(page);
});

test('the mother, who reads the same report in full, gets no reasons and no form', async ({ page }) => {
  await login(page, person('Mor i Heimdal-sak'));
  await openDocument(page, 'Nora', REPORT);
  await expect(page.locator('main')).toContainText('sykmeldt for depresjon');
  await expect(page.locator('main mark.redaction')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('Opplysninger om mors helse er tatt ut');
  await expect(page.getByRole('region', { name: 'Derfor er deler av dokumentet skjermet' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send forespørselen' })).toHaveCount(0);
});

// Each project asks about a different partly shared document, so no project finds the
// request of another waiting (the database is shared by the four projects).
const ASKERS: Record<string, { who: string; child: string; title: string; staff: string }> = {
  desktop: { who: 'Far i Heimdal-sak', child: 'Nora', title: 'Bekymringsmelding om Nora', staff: 'demo-saksbehandler-heimdal-1' },
  'desktop-nojs': { who: 'Mor i Heimdal-sak', child: 'Nora', title: 'Bekymringsmelding om Nora', staff: 'demo-saksbehandler-heimdal-1' },
  phone: { who: 'Thomas, 30 år', child: 'Thomas', title: 'Bekymringsmelding om Thomas', staff: 'demo-saksbehandler-midtbyen-1' },
  'phone-nojs': { who: 'Eva Solberg', child: 'Yonas', title: 'Rapport etter undersøkelse – Yonas', staff: 'demo-saksbehandler-midtbyen-1' },
};

test('a party asks about the hidden parts, and the caseworkers see what the request is about', async ({ page }) => {
  const a = ASKERS[test.info().project.name];
  const asker = person(a.who);
  await login(page, asker);
  await openDocument(page, a.child, a.title);
  const message = `Jeg vil vite hva som er tatt ut (${test.info().project.name}).`;
  await page.getByLabel('Hvorfor vil du se det som er skjermet? (valgfritt)').fill(message);
  await page.getByRole('button', { name: 'Send forespørselen' }).click();
  await expect(page.getByText('Forespørselen din er sendt. Du får svar på denne siden.')).toBeVisible();
  await expect(page.getByText('Barnevernstjenesten har ikke svart ennå.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send forespørselen' })).toHaveCount(0);
  // The reasons stay while the request waits.
  await expect(page.getByRole('region', { name: 'Derfor er deler av dokumentet skjermet' })).toBeVisible();
  await expectAccessible(page);

  await staffLogin(page, a.staff);
  await page.getByRole('link', { name: 'Innsynsforespørsler' }).first().click();
  const row = page.getByRole('row').filter({ hasText: a.title }).filter({ hasText: message });
  await expect(row).toContainText(asker.name);
  await expect(row).toContainText('Gjelder de skjermede delene: dokumentet er delvis delt med parten.');
  await row.getByRole('link', { name: a.title }).click();
  await expect(page.locator('.party-decisions').filter({ hasText: asker.name })).toContainText(
    'Parten ba om innsyn i de skjermede delene',
  );
});

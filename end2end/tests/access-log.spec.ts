import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, login, person, staffLogin } from './helpers';

// Issue 13, part 1: "who has looked at my case". Each party sees who at the service
// opened their case and the documents released to them, when and why; never a read of
// a document withheld from them. The leak matrix requests the page for every person
// and case; here a user's walk through it, with and without JavaScript.

const WITHHELD_FROM_FATHER = 'Referat fra møte med mor og behandler';
const HEIMDAL_CASEWORKER = 'demo-saksbehandler-heimdal-1';

async function openLog(page: Page) {
  await page.getByRole('link', { name: 'Nora' }).click();
  await page.getByRole('link', { name: 'Se hvem som har sett saken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hvem har sett saken din' })).toBeVisible();
}

/** The text of every page of the log, following "Eldre" to the end. */
async function allPages(page: Page): Promise<string> {
  let text = '';
  for (;;) {
    text += await page.locator('main').innerText();
    const older = page.getByRole('link', { name: 'Eldre' });
    if ((await older.count()) === 0) return text;
    await older.click();
  }
}

test('a party sees who at the service opened the case and their documents, when and why', async ({ page }) => {
  await login(page, person('Mor i Heimdal-sak'));
  await openLog(page);
  const log = page.locator('.access-log');
  await expect(log).toContainText('Hvorfor: Saksbehandleren din');
  // Norwegian clock time, minutes with two digits.
  await expect(log.locator('time').first()).toHaveText(/^\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}$/u);
  // A document released to her is named, and links to where she reads it.
  await expect(log.locator('a[href*="/dokumenter/"]').first()).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  const pager = page.getByRole('navigation', { name: 'Sider i oversikten' });
  if ((await pager.count()) > 0) {
    await page.getByRole('link', { name: 'Eldre' }).click();
    await expect(pager).toContainText('Side 2 av');
    await expectAccessible(page);
  }
  await page.goto(page.url().replace(/\?.*$/, ''));
  // The caseworker opened the case when it came in: at the end of the list.
  expect(await allPages(page)).toContain('Åpnet saken');
});

test('a document withheld from the father is not in his log, though the caseworker read it', async ({ page }) => {
  await login(page, person('Far i Heimdal-sak'));
  await openLog(page);
  await expect(page.locator('.access-log__entry').first()).toBeVisible();
  expect(await allPages(page)).not.toContain(WITHHELD_FROM_FATHER);
});

test('a caseworker opening the case shows at the top of the party\'s log, today', async ({ page }) => {
  await staffLogin(page, HEIMDAL_CASEWORKER);
  await page.getByRole('link', { name: /^Nora / }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Saken til Nora/ })).toBeVisible();
  await page.context().clearCookies();
  await login(page, person('Mor i Heimdal-sak'));
  await openLog(page);
  const today = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' }).format(new Date());
  const newest = page.locator('.access-log__entry').first();
  await expect(newest).toContainText(today);
  await expect(newest).toContainText('Åpnet saken');
  await expect(newest).toContainText(/saksbehandler, Heimdal/i);
});

import { test, expect } from '@playwright/test';
import { attemptLogin, login, person, expectAccessible, expectNoHorizontalScroll } from './helpers';

test('the front page explains the service and offers login', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Logg inn med ID-porten' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test('an anonymous visitor is sent to login', async ({ page }) => {
  await page.goto('/mine-saker');
  await expect(page).toHaveTitle(/TestID/);
  const res = await page.request.get('/api/my_cases', { maxRedirects: 0, failOnStatusCode: false });
  expect(res.status()).not.toBe(200);
});

test('a parent logs in and sees their case', async ({ page, javaScriptEnabled }) => {
  const mother = person('Mor i Heimdal-sak');
  await login(page, mother);
  await expect(page).toHaveURL(/\/mine-saker$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mine saker' })).toBeVisible();
  await expect(page.getByText(mother.name)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nora' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // The filter is an island: it appears and works only once hydrated; without
  // JavaScript the list is complete and the useless field stays hidden.
  const filter = page.getByLabel('Søk i sakene dine');
  if (javaScriptEnabled) {
    await expect(filter).toBeVisible();
    await filter.fill('finnes-ikke');
    await expect(page.getByText('Ingen saker passer søket.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nora' })).toHaveCount(0);
    await filter.fill('');
    await expect(page.getByRole('link', { name: 'Nora' })).toBeVisible();
  } else {
    await expect(filter).toBeHidden();
  }
});

test('logout ends the session and the back button shows nothing private', async ({ page }) => {
  const mother = person('Mor i Heimdal-sak');
  await login(page, mother);
  await expect(page.getByRole('link', { name: 'Nora' })).toBeVisible();
  await page.getByRole('button', { name: 'Logg ut' }).click();
  // The provider asks to confirm ending its session too (works without JavaScript).
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page.getByRole('heading', { name: 'Du er logget ut' })).toBeVisible();
  await expectAccessible(page);
  await page.goBack();
  await page.goBack();
  // Going back reloads (pages are no-store) and lands on login: no case, no header.
  await expect(page.getByRole('heading', { name: 'Mine saker' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Nora' })).toHaveCount(0);
  await expect(page.locator('.user-menu')).toHaveCount(0);
  const res = await page.request.get('/mine-saker', { maxRedirects: 0 });
  expect(res.status()).toBe(303);
});

test('a login below the required level is refused', async ({ page }) => {
  await attemptLogin(page, person('Mor i Heimdal-sak'), 'idporten-loa-substantial');
  await expect(page).toHaveURL(/innlogging-feilet\?grunn=acr/);
  await expect(page.getByRole('alert')).toContainText('høyere sikkerhetsnivå');
  await expectAccessible(page);
  const res = await page.request.get('/mine-saker', { maxRedirects: 0 });
  expect(res.status()).toBe(303);
});

test('a person unknown to the service is refused', async ({ page }) => {
  await attemptLogin(page, { pid: '01018000000' });
  await expect(page).toHaveURL(/innlogging-feilet\?grunn=ukjent-person/);
  await expect(page.getByRole('alert')).toBeVisible();
});

test('the language can be switched without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Log in with ID-porten' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Nynorsk' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expectAccessible(page);
});

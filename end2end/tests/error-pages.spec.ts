import { test, expect } from '@playwright/test';
import { expectAccessible, login, person, sameOrigin } from './helpers';

// Issue 11, point 6: no route answers a browser with a bare status page. A missing
// page, a page opened with the wrong method and a post to an unknown address get the
// portal's own page: translated, in the frame of every page, with a way back.

test('a missing page is the portal\'s own, translated, with a way back', async ({ page }) => {
  const res = await page.goto('/finnes-ikke');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
  await expect(page.locator('header .brand')).toHaveText(/^Min sak/);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/finnes-ikke$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Bokmål' }).click();
});

test('an address that only takes forms, opened directly, explains itself', async ({ page }) => {
  const res = await page.goto('/auth/logout');
  expect(res?.status()).toBe(405);
  await expect(page.getByRole('heading', { level: 1, name: 'Siden kan ikke åpnes slik' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
  await expectAccessible(page);
});

test('a logged-in party keeps the frame of the portal on an error page', async ({ page }) => {
  await login(page, person('Far i Heimdal-sak'));
  const res = await page.goto('/sak/finnes-ikke/dokumenter/finnes-ikke/innsyn');
  expect(res?.status()).toBe(405);
  await expect(page.getByRole('heading', { level: 1, name: 'Siden kan ikke åpnes slik' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  const missing = await page.goto('/sak/finnes-ikke/dokumenter/finnes-ikke/pdf');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  await expectAccessible(page);
});

test('a post to an unknown address gets the not-found page, not a bare status', async ({ page }) => {
  const res = await page.request.post('/finnes-ikke', {
    form: { message: 'x' },
    headers: { ...sameOrigin, Accept: 'text/html' },
  });
  expect(res.status()).toBe(404);
  const html = await res.text();
  expect(html).toContain('Fant ikke siden');
  expect(html).toContain('Gå til forsiden');
});

import { test, expect } from '@playwright/test';
import { login, person, staffLogin } from './helpers';

// Issue 11, point 5: a party told to call the barnevernvakt gets its number as a link
// to dial, in the case's contact box and in the footer of every page while logged in,
// with 112 and Alarmtelefonen for barn og unge (116 111). Demo numbers are fictitious.

const TRONDHEIM_VAKT = 'tel:00001001';

test('the contact box and the footer give the vakt, 112 and 116 111 as tel: links', async ({ page }) => {
  await login(page, person('Mor i Heimdal-sak'));
  const footer = page.locator('footer');
  for (const href of [TRONDHEIM_VAKT, 'tel:112', 'tel:116111']) {
    await expect(footer.locator(`a[href="${href}"]`)).toBeVisible();
  }
  await page.getByRole('link', { name: 'Nora' }).click();
  const card = page.locator('main .contact-card');
  await expect(card.locator(`a[href="${TRONDHEIM_VAKT}"]`)).toHaveText('00 00 10 01');
  await expect(card.getByText(/Barnevernvakta for Trondheim/)).toBeVisible();
  await expect(card.locator('a[href="tel:112"]')).toBeVisible();
  await expect(card.locator('a[href="tel:116111"]')).toHaveText('116 111');
  // The caseworker's number is their own, not a shared placeholder.
  const caseworker = page.locator('main p', { hasText: 'Saksbehandleren din' }).locator('a[href^="tel:"]');
  await expect(caseworker).toHaveCount(1);
  expect(await caseworker.getAttribute('href')).not.toBe('tel:00000000');

  // Every page while logged in, here a document.
  await page.getByRole('link', { name: /Se \d+ dokumenter/ }).click();
  await expect(footer.locator(`a[href="${TRONDHEIM_VAKT}"]`)).toBeVisible();
});

test('staff pages carry their service\'s vakt in the footer; a visitor\'s footer names no service', async ({ page }) => {
  await staffLogin(page, 'demo-saksbehandler-lerkendal-1');
  await expect(page.locator(`footer a[href="${TRONDHEIM_VAKT}"]`)).toBeVisible();
  await page.context().clearCookies();
  await page.goto('/');
  await expect(page.locator('footer a[href^="tel:"]')).toHaveCount(0);
});

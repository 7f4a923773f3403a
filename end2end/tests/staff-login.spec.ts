import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { login, person, expectAccessible, sameOrigin } from './helpers';

type Employee = { sub: string; name: string; roles: string[]; unit: string };
const employees = (): Employee[] =>
  JSON.parse(readFileSync(join(process.cwd(), '..', process.env.E2E_DATA_DIR ?? 'target/e2e-data', 'testpersons.json'), 'utf8')).employees;

async function employeeLogin(page: import('@playwright/test').Page, sub: string) {
  await page.goto('/ansatt');
  await page.getByRole('link', { name: 'Logg inn som ansatt' }).click();
  await expect(page).toHaveTitle(/TestID/);
  await page.locator(`input[type=radio][value="${sub}"]`).check();
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

test('a caseworker logs in and sees only the cases of their own unit', async ({ page }) => {
  const worker = employees().find((e) => e.unit === 'unit-trd-heimdal' && e.roles.includes('saksbehandler'));
  if (!worker) throw new Error('no demo caseworker at Heimdal');
  await employeeLogin(page, worker.sub);
  await expect(page).toHaveURL(/\/ansatt\/saker$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Saker i enheten' })).toBeVisible();
  await expect(page.getByText(worker.name)).toBeVisible();
  await expect(page.getByRole('link', { name: /Nora/ })).toBeVisible();
  await expectAccessible(page);
  // Another unit's case is not there, and its pages are not reachable.
  await expect(page.getByRole('link', { name: /Lucas/ })).toHaveCount(0);
  // A staff session does not reach a citizen's pages.
  const citizenPage = await page.request.get('/mine-saker', { maxRedirects: 0 });
  expect(citizenPage.status()).toBe(303);
  expect(citizenPage.headers()['location']).toContain('/auth/login');
  const citizenApi = await page.request.post('/api/my_cases', { form: {}, maxRedirects: 0, headers: sameOrigin });
  expect(citizenApi.status()).toBe(401);
});

test('a citizen session is sent to the employee login for staff pages', async ({ page }) => {
  await login(page, person('Mor i Heimdal-sak'));
  await expect(page).toHaveURL(/\/mine-saker$/);
  const staffPage = await page.request.get('/ansatt/saker', { maxRedirects: 0 });
  expect(staffPage.status()).toBe(303);
  expect(staffPage.headers()['location']).toContain('/ansatt/auth/login');
  const staffApi = await page.request.post('/api/staff_unit_cases', { form: {}, maxRedirects: 0, headers: sameOrigin });
  expect(staffApi.status()).toBe(401);
  expect(await staffApi.text()).not.toContain('Nora');
});

test('a cross-site form post is refused', async ({ page }) => {
  const res = await page.request.post('/auth/logout', {
    headers: { Origin: 'https://evil.example' },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
});

test('a post with neither Origin nor Sec-Fetch-Site is refused', async ({ page }) => {
  // Playwright's API request sends neither header, as a script hiding its origin would.
  const res = await page.request.post('/auth/logout', { maxRedirects: 0 });
  expect(res.status()).toBe(403);
});

import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = process.env.E2E_DATA_DIR ?? 'target/e2e-data';

export type TestPerson = { pid: string; name: string; description: string };

/** The demo persons, as the seeder wrote them for the dev login page. */
export function citizens(): TestPerson[] {
  const raw = readFileSync(join(process.cwd(), '..', dataDir, 'testpersons.json'), 'utf8');
  return JSON.parse(raw).citizens;
}

/** The demo person whose login description starts with `prefix`. */
export function person(prefix: string): TestPerson {
  const found = citizens().find((c) => c.description.startsWith(prefix));
  if (!found) throw new Error(`no demo person described as "${prefix}..."`);
  return found;
}

/** Logs in through the dev provider's TestID page, as a user would. A login that ends
 * on the generic "something went wrong" page is tried once more, as a user would, and
 * reported; refusals with a specific reason (acr, unknown person) are not retried. */
export async function login(page: Page, who: TestPerson | { pid: string }, acr = 'idporten-loa-high') {
  await loginOnce(page, who, acr);
  if (page.url().includes('/innlogging-feilet?grunn=generell')) {
    console.warn(`login for ${'name' in who ? who.name : who.pid} failed generically; retrying once`);
    await loginOnce(page, who, acr);
  }
}

async function loginOnce(page: Page, who: TestPerson | { pid: string }, acr: string) {
  await page.goto('/auth/login');
  await expect(page).toHaveTitle(/TestID/);
  if ('name' in who) {
    await page.locator(`input[type=radio][value="${who.pid}"]`).check();
  } else {
    await page.getByLabel(/fødselsnummer/i).fill(who.pid);
  }
  await page.getByLabel('Sikkerhetsnivå').selectOption(acr);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  // Back at the portal: the page after login, or the page saying why it failed.
  await page.waitForURL(/\/(mine-saker|sak\/|innlogging-feilet)/);
}

/** axe-core finds no WCAG 2.1 A/AA violations on the current page. axe is JavaScript
 * injected into the page, so it runs in the projects with JavaScript on; they visit
 * the same server-rendered pages as the no-JavaScript projects. */
export async function expectAccessible(page: Page) {
  if (test.info().project.use.javaScriptEnabled === false) return;
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Nothing on the page scrolls sideways (usable at narrow widths). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Logs in an employee through the dev provider's employee page (`sub` as in
 * testpersons.json, e.g. `demo-saksbehandler-lerkendal-1`). */
export async function staffLogin(page: Page, sub: string) {
  await page.context().clearCookies();
  await page.goto('/ansatt/auth/login');
  await page.locator(`input[type=radio][value="${sub}"]`).check();
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page).toHaveURL(/\/ansatt\/saker/);
}

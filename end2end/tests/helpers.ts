import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = process.env.E2E_DATA_DIR ?? 'target/e2e-data';
const portalPort = Number(process.env.E2E_PORTAL_PORT ?? 3100);

/** The Origin a browser puts on every post from our pages. Playwright's API requests
 * send none, and the portal refuses a write that has neither Origin nor
 * `Sec-Fetch-Site: same-origin`; probes that test authorization carry it. */
export const sameOrigin = { Origin: `http://localhost:${portalPort}` };

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

/** The decision form's two steps: review what each party will see, then confirm. */
export async function reviewAndConfirm(page: Page) {
  await page.getByRole('button', { name: 'Se over før du lagrer' }).click();
  await expect(page.getByRole('heading', { name: 'Kontroller vurderingen før du lagrer' })).toBeVisible();
  await page.getByRole('button', { name: 'Bekreft og lagre' }).click();
}

export type Probe = { method: 'GET' | 'POST'; url: string; form?: Record<string, string> };

/** Every citizen page, server function and download there is for these cases and
 * documents: what a citizen (or an attacker with a citizen's session) could request. */
export function citizenProbes(cases: string[], documents: { id: string; case_id: string }[]): Probe[] {
  const out: Probe[] = [
    { method: 'GET', url: '/mine-saker' },
    { method: 'POST', url: '/api/my_cases', form: {} },
  ];
  for (const c of cases) {
    out.push({ method: 'GET', url: `/sak/${c}` }, { method: 'GET', url: `/sak/${c}/dokumenter` });
    out.push({ method: 'POST', url: '/api/case_overview', form: { case_id: c } });
    out.push({ method: 'POST', url: '/api/case_documents', form: { case_id: c } });
  }
  for (const d of documents) {
    out.push({ method: 'GET', url: `/sak/${d.case_id}/dokumenter/${d.id}` });
    out.push({ method: 'GET', url: `/sak/${d.case_id}/dokumenter/${d.id}/pdf` });
    out.push({ method: 'POST', url: '/api/read_document', form: { case_id: d.case_id, document_id: d.id } });
  }
  return out;
}

/** Sends one probe without following redirects; the body and headers as one text. */
export async function probe(request: APIRequestContext, p: Probe): Promise<{ status: number; text: string }> {
  const res = p.method === 'GET'
    ? await request.get(p.url, { maxRedirects: 0 })
    : await request.post(p.url, { form: p.form, maxRedirects: 0, headers: sameOrigin });
  return { status: res.status(), text: (await res.body()).toString('utf8') + JSON.stringify(res.headers()) };
}

/** Every workbench page, staff server function and decision form there is for these
 * cases and documents, with `personId` as the party to preview or decide for. */
export function staffProbes(cases: string[], documents: { id: string; case_id: string }[], personId: string): Probe[] {
  const out: Probe[] = [
    { method: 'GET', url: '/ansatt/saker' },
    { method: 'GET', url: '/ansatt/ko' },
    { method: 'GET', url: '/ansatt/innsyn' },
    { method: 'POST', url: '/api/staff_unit_cases', form: {} },
    { method: 'POST', url: '/api/staff_queue', form: {} },
    { method: 'POST', url: '/api/staff_innsyn_requests', form: {} },
  ];
  for (const c of cases) {
    out.push({ method: 'GET', url: `/ansatt/sak/${c}` });
    out.push({ method: 'GET', url: `/ansatt/sak/${c}/forhandsvis/${personId}` });
    out.push({ method: 'POST', url: '/api/staff_case_detail', form: { case_id: c } });
    out.push({ method: 'POST', url: '/api/staff_preview_case', form: { case_id: c, person_id: personId } });
  }
  for (const d of documents) {
    const base = `/ansatt/sak/${d.case_id}`;
    out.push({ method: 'GET', url: `${base}/dokument/${d.id}` });
    out.push({ method: 'GET', url: `${base}/forhandsvis/${personId}/dokument/${d.id}` });
    out.push({ method: 'POST', url: '/api/staff_document', form: { case_id: d.case_id, document_id: d.id } });
    out.push({ method: 'POST', url: '/api/take_decision_flash', form: { document_id: d.id } });
    out.push({
      method: 'POST',
      url: '/api/staff_preview_document',
      form: { case_id: d.case_id, person_id: personId, document_id: d.id },
    });
    out.push({ method: 'GET', url: `${base}/dokument/${d.id}/pdf` });
    out.push({
      method: 'POST',
      url: `${base}/dokument/${d.id}/beslutning`,
      form: { party: personId, state: 'SHARED', reason: 'matrix' },
    });
    out.push({
      method: 'POST',
      url: `${base}/dokument/${d.id}/beslutning`,
      form: { step: 'confirm', token: 'matrix' },
    });
  }
  return out;
}

/** The probe was refused as a login problem: a page or form sends the visitor to
 * `login`, a server function answers 401. */
export function expectRefused(p: Probe, res: { status: number; text: string }, login: string) {
  const what = `${p.method} ${p.url}`;
  if (p.url.startsWith('/api/')) {
    expect(res.status, what).toBe(401);
  } else {
    expect(res.status, what).toBe(303);
    expect(res.text, what).toContain(`"location":"${login}?neste=`);
  }
}

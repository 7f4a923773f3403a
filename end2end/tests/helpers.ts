import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = process.env.E2E_DATA_DIR ?? 'target/e2e-data';
const portalPort = Number(process.env.E2E_PORTAL_PORT ?? 3100);

/** The Origin a browser puts on every post from our pages. Playwright's API requests
 * send none, and the portal refuses a write that has neither Origin nor
 * `Sec-Fetch-Site: same-origin`; probes that test authorization carry it. */
export const sameOrigin = { Origin: `http://localhost:${portalPort}` };
const portalUrl = `http://localhost:${portalPort}`;

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

/** Logs in through the dev provider's TestID page, as a user would, and fails the test
 * at once, with the portal's reason, when the login is refused: a test that went on
 * without a session would fail later, on every page, saying only "303". */
export async function login(page: Page, who: TestPerson | { pid: string }, acr = 'idporten-loa-high') {
  await attemptLogin(page, who, acr);
  const failed = new URL(page.url());
  expect(failed.pathname, `login for ${'name' in who ? who.name : who.pid} refused: ${failed.search}`).not.toBe('/innlogging-feilet');
}

/** A login that may be refused (the tests of refusals look at where it ended). One that
 * ends on the generic "something went wrong" page is tried once more, as a user would,
 * and reported; refusals with a specific reason (acr, unknown person) are not retried. */
export async function attemptLogin(page: Page, who: TestPerson | { pid: string }, acr = 'idporten-loa-high') {
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
  await styled(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until the page and its stylesheet have loaded. A check of layout or contrast
 * right after a navigation that a URL assertion saw commit (a login's last redirect)
 * could otherwise read the page unstyled: that failed CI once, with a staff table
 * "449 px wide" outside its scrolling wrapper. */
async function styled(page: Page) {
  await page.waitForLoadState('load');
}

/** Nothing on the page scrolls sideways (usable at narrow widths). */
export async function expectNoHorizontalScroll(page: Page) {
  await styled(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** At 320 × 640 (WCAG reflow) nothing is wider than the viewport: the document does
 * not scroll sideways and no visible element's box reaches past the right edge (or
 * the left). Elements inside a container that clips or scrolls sideways (a data table's
 * `.table-wrap`, the 1 px `.visually-hidden` box) are that container's business. The
 * previous viewport is restored afterwards. */
export async function expectFitsAt320(page: Page) {
  await styled(page);
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const wide = await page.evaluate(() => {
    const limit = 320;
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > limit) out.push(`document scrollWidth ${root.scrollWidth}`);
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || clipped(el)) continue;
      const left = r.left + window.scrollX;
      const right = r.right + window.scrollX;
      if (right > limit + 0.5 || left < -0.5) {
        const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''}`;
        out.push(`${name} [${Math.round(left)}, ${Math.round(right)}] "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return out;
  });
  if (before) await page.setViewportSize(before);
  expect(wide, `wider than 320 px on ${page.url()}`).toEqual([]);
}

/** Leaves the current page, then forgets every cookie. Leaving first matters: a request
 * the old page still has in flight (a live thread's event stream, say) would otherwise
 * answer after the cookies were cleared and set the old session's cookie again over the
 * next login's, and that login would find nothing pending. */
export async function freshBrowser(page: Page) {
  await page.goto('about:blank');
  await page.context().clearCookies();
}

/** Logs in an employee through the dev provider's employee page (`sub` as in
 * testpersons.json, e.g. `demo-saksbehandler-lerkendal-1`). Like a citizen's login, one
 * that ends on the generic failure page is tried once more, and reported. */
export async function staffLogin(page: Page, sub: string) {
  await freshBrowser(page);
  for (let attempt = 1; ; attempt++) {
    await page.goto('/ansatt/auth/login');
    await page.locator(`input[type=radio][value="${sub}"]`).check();
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/ansatt\/(saker|innlogging-feilet)/);
    if (attempt > 1 || !page.url().includes('grunn=generell')) break;
    console.warn(`staff login for ${sub} failed generically; retrying once`);
  }
  await expect(page).toHaveURL(/\/ansatt\/saker/);
}

/** The decision form's two steps: review what each party will see, then confirm. */
export async function reviewAndConfirm(page: Page) {
  await page.getByRole('button', { name: 'Se over før du lagrer' }).click();
  await expect(page.getByRole('heading', { name: 'Kontroller vurderingen før du lagrer' })).toBeVisible();
  await page.getByRole('button', { name: 'Bekreft og lagre' }).click();
}

/** What a probe is about, so the matrix knows the answer to expect: a case, a document
 * page or function, a document's PDF, or (`none`) a list that exists for everyone. */
export type Target = { kind: 'none' } | { kind: 'case'; id: string } | { kind: 'document' | 'pdf' | 'consent' | 'thread' | 'minutes'; id: string; ownCase: boolean };

export type Probe = { method: 'GET' | 'POST'; url: string; form?: Record<string, string>; target?: Target };

export type LeakCheck = {
  persons: {
    id: string; pid: string; name: string; forbidden: string[]; forbidden_pids: string[]; forbidden_names: string[];
    cases: string[]; documents: string[]; pdfs: string[]; minutes: string[]; consents: string[]; threads: string[];
  }[];
  cases: string[];
  case_parties: Record<string, string[]>;
  documents: DocRef[];
  consents: { id: string; case_id: string }[];
  threads: { id: string; case_id: string }[];
  attachments: AttachmentRef[];
  all_sentinels: string[];
};

/** The leak check, written again from the decisions the database holds now
 * (`minsak leak-check`): specs before the matrix decide on demo documents (the files
 * run in name order, import-flow before leak-matrix, release-safety before
 * staff-matrix, and each project after the one before), so the list the seeder wrote
 * would be wrong in both directions. Same database and settings as the web server. */
export function freshLeakCheck(): LeakCheck {
  const root = join(process.cwd(), '..');
  const file = `${dataDir}/leakcheck-now.json`;
  const portal = `http://localhost:${process.env.E2E_PORTAL_PORT ?? 3100}`;
  execFileSync(process.env.MINSAK_BIN ?? 'target/release/minsak', ['leak-check', file], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? `sqlite://${dataDir}/e2e.db`,
      MINSAK_PUBLIC_URL: portal,
      MINSAK_LISTEN: '127.0.0.1:0',
      OIDC_ISSUER: `http://localhost:${process.env.E2E_OIDC_PORT ?? 9190}`,
      TEST_PERSONS_FILE: `${dataDir}/testpersons.json`,
      MINSAK_LOG: 'warn',
    },
  });
  return JSON.parse(readFileSync(join(root, file), 'utf8'));
}

/** Every citizen page, server function and download there is for these cases and
 * documents: what a citizen (or an attacker with a citizen's session) could request.
 * `crossCases`: cases to pair every document with besides its own (one the person can
 * open, so a read that checks the case but not that the document belongs to it would
 * serve the document). */
export type AttachmentRef = { id: string; thread_id: string; case_id: string };

/** A document listed without its type (a spec's own) may be minutes; the leak check
 * names each demo document's type. */
export type DocRef = { id: string; case_id: string; doc_type?: string };
const mayBeMinutes = (d: DocRef) => d.doc_type === undefined || d.doc_type === 'MOTEREFERAT';

export function citizenProbes(cases: string[], documents: DocRef[], crossCases: string[] = [], consents: { id: string; case_id: string }[] = [], threads: { id: string; case_id: string }[] = [], attachments: AttachmentRef[] = []): Probe[] {
  const out: Probe[] = [
    { method: 'GET', url: '/mine-saker', target: { kind: 'none' } },
    { method: 'POST', url: '/api/my_cases', form: {}, target: { kind: 'none' } },
  ];
  for (const c of cases) {
    const target: Target = { kind: 'case', id: c };
    out.push({ method: 'GET', url: `/sak/${c}`, target }, { method: 'GET', url: `/sak/${c}/dokumenter`, target });
    out.push({ method: 'POST', url: '/api/case_overview', form: { case_id: c }, target });
    out.push({ method: 'POST', url: '/api/case_documents', form: { case_id: c }, target });
    out.push({ method: 'GET', url: `/sak/${c}/hvem-har-sett`, target }, { method: 'GET', url: `/sak/${c}/hvem-har-sett?side=2`, target });
    out.push({ method: 'POST', url: '/api/case_access_log', form: { case_id: c, page: '1' }, target });
    out.push({ method: 'GET', url: `/sak/${c}/meldinger`, target });
    out.push({ method: 'POST', url: '/api/my_threads', form: { case_id: c }, target });
    out.push({ method: 'GET', url: `/sak/${c}/innsyn`, target });
    out.push({ method: 'POST', url: '/api/my_case_innsyn', form: { case_id: c }, target });
    out.push({ method: 'GET', url: `/sak/${c}/innsyn/klage`, target });
    out.push({ method: 'POST', url: '/api/my_case_klage_form', form: { case_id: c }, target });
  }
  for (const d of documents) {
    const pairs = [d.case_id, ...crossCases.filter((c) => c !== d.case_id).slice(0, 1)];
    for (const c of pairs) {
      const target: Target = { kind: 'document', id: d.id, ownCase: c === d.case_id };
      out.push({ method: 'GET', url: `/sak/${c}/dokumenter/${d.id}`, target });
      out.push({ method: 'GET', url: `/sak/${c}/dokumenter/${d.id}/pdf`, target: { ...target, kind: 'pdf' } });
      out.push({ method: 'POST', url: '/api/read_document', form: { case_id: c, document_id: d.id }, target });
      out.push({ method: 'GET', url: `/sak/${c}/dokumenter/${d.id}/svar`, target }, { method: 'GET', url: `/sak/${c}/dokumenter/${d.id}/klage`, target });
      out.push({ method: 'POST', url: '/api/my_document_thread_form', form: { case_id: c, document_id: d.id, kind: 'klage' }, target });
      // Minutes for comment: a page only for minutes the person can read. Probed on
      // the minutes (the Rust matrix asks for every document as every person).
      if (mayBeMinutes(d)) {
        const minutes: Target = { ...target, kind: 'minutes' };
        out.push({ method: 'GET', url: `/sak/${c}/dokumenter/${d.id}/merknader`, target: minutes });
        out.push({ method: 'POST', url: '/api/my_minutes_comments', form: { case_id: c, document_id: d.id }, target: minutes });
      }
    }
  }
  for (const s of consents) {
    const pairs = [s.case_id, ...crossCases.filter((c) => c !== s.case_id).slice(0, 1)];
    for (const c of pairs) {
      const target: Target = { kind: 'consent', id: s.id, ownCase: c === s.case_id };
      out.push({ method: 'GET', url: `/sak/${c}/samtykker/${s.id}`, target });
      out.push({ method: 'GET', url: `/sak/${c}/samtykker/${s.id}?trekk=bekreft`, target });
      out.push({ method: 'POST', url: '/api/consent', form: { case_id: c, consent_id: s.id }, target });
    }
  }
  for (const th of threads) {
    const pairs = [th.case_id, ...crossCases.filter((c) => c !== th.case_id).slice(0, 1)];
    for (const c of pairs) {
      const target: Target = { kind: 'thread', id: th.id, ownCase: c === th.case_id };
      out.push({ method: 'GET', url: `/sak/${c}/meldinger/${th.id}`, target });
      out.push({ method: 'POST', url: '/api/my_thread', form: { case_id: c, thread_id: th.id }, target });
    }
  }
  // A file downloads exactly where its thread opens.
  for (const a of attachments) {
    const pairs = [a.case_id, ...crossCases.filter((c) => c !== a.case_id).slice(0, 1)];
    for (const c of pairs) {
      out.push({ method: 'GET', url: `/sak/${c}/meldinger/${a.thread_id}/vedlegg/${a.id}`, target: { kind: 'thread', id: a.thread_id, ownCase: c === a.case_id } });
    }
  }
  return out;
}

/** Replies in threads the person may not see (another party's, or paired with another
 * case): each must answer 404 and store nothing. */
export function refusedThreadProbes(threads: { id: string; case_id: string }[], who: { threads: string[] }, crossCases: string[]): Probe[] {
  const out: Probe[] = [];
  for (const th of threads) {
    const cases = who.threads.includes(th.id)
      ? crossCases.filter((c) => c !== th.case_id).slice(0, 1)
      : [th.case_id];
    for (const c of cases) {
      out.push({ method: 'POST', url: `/sak/${c}/meldinger/${th.id}/svar`, form: { nokkel: '5a5a5a5a-0000-4000-8000-000000000002', tekst: 'matrix' }, target: { kind: 'thread', id: th.id, ownCase: c === th.case_id } });
      // The live page's event stream (probed only where it must be refused: where it
      // is not, it stays open).
      out.push({ method: 'GET', url: `/sak/${c}/meldinger/${th.id}/nye?vist=0`, target: { kind: 'thread', id: th.id, ownCase: c === th.case_id } });
    }
  }
  return out;
}

/** Answers to consents the person may not see (not asked of them, or paired with
 * another case): each must answer 404 and store nothing. Never one they may see, where
 * a withdrawal would be stored. */
export function refusedConsentProbes(consents: { id: string; case_id: string }[], who: { consents: string[] }, crossCases: string[]): Probe[] {
  const out: Probe[] = [];
  for (const s of consents) {
    const cases = who.consents.includes(s.id)
      ? crossCases.filter((c) => c !== s.case_id).slice(0, 1)
      : [s.case_id];
    for (const c of cases) {
      for (const svar of ['ja', 'nei', 'trekk']) {
        out.push({ method: 'POST', url: `/sak/${c}/samtykker/${s.id}/svar`, form: { svar }, target: { kind: 'consent', id: s.id, ownCase: c === s.case_id } });
      }
    }
  }
  return out;
}

/** The answer a logged-in person must get: 200 for what the demo gave them (a case
 * they are a party to, a document listed for them in its own case, a PDF a share
 * released), 404 for everything else, pages, downloads and server functions alike
 * (`ApiError::NotFound`), so nobody can tell "not yours" from "not there". */
export function expectedStatus(p: Probe, who: { cases: string[]; documents: string[]; pdfs: string[]; minutes: string[]; consents: string[]; threads: string[] }): number {
  const t = p.target ?? { kind: 'none' };
  switch (t.kind) {
    case 'none': return 200;
    case 'case': return who.cases.includes(t.id) ? 200 : 404;
    case 'document': return t.ownCase && who.documents.includes(t.id) ? 200 : 404;
    case 'pdf': return t.ownCase && who.pdfs.includes(t.id) ? 200 : 404;
    case 'minutes': return t.ownCase && who.minutes.includes(t.id) ? 200 : 404;
    case 'consent': return t.ownCase && who.consents.includes(t.id) ? 200 : 404;
    case 'thread': return t.ownCase && who.threads.includes(t.id) ? 200 : 404;
  }
}

/** Innsyn requests for documents the person may not ask about (not listed for them, or
 * paired with another case): each must answer 404 and store nothing. Never for a
 * document listed for them in its own case (withheld or partly shared), where a
 * request would be stored. */
export function refusedInnsynProbes(documents: DocRef[], who: { documents: string[]; minutes?: string[] }, crossCases: string[], cases: string[] = []): Probe[] {
  const out: Probe[] = [];
  // A request to see a whole case that is not theirs.
  for (const c of cases.filter((c) => !crossCases.includes(c))) {
    out.push({ method: 'POST', url: `/sak/${c}/innsyn/send`, form: { message: 'matrix' }, target: { kind: 'case', id: c } });
    out.push({ method: 'POST', url: `/sak/${c}/innsyn/klage/send`, form: { nokkel: '5a5a5a5a-0000-4000-8000-000000000007', emne: 'matrix', tekst: 'matrix' }, target: { kind: 'case', id: c } });
  }
  for (const d of documents) {
    const cases = who.documents.includes(d.id)
      ? crossCases.filter((c) => c !== d.case_id).slice(0, 1)
      : [d.case_id];
    for (const c of cases) {
      out.push({ method: 'POST', url: `/sak/${c}/dokumenter/${d.id}/innsyn`, form: { message: 'matrix' }, target: { kind: 'document', id: d.id, ownCase: c === d.case_id } });
      for (const kind of ['svar', 'klage']) {
        out.push({ method: 'POST', url: `/sak/${c}/dokumenter/${d.id}/${kind}/send`, form: { nokkel: '5a5a5a5a-0000-4000-8000-000000000005', emne: 'matrix', tekst: 'matrix' }, target: { kind: 'document', id: d.id, ownCase: c === d.case_id } });
      }
    }
    // A request for a correction to minutes the person cannot read (or paired with
    // another case); never to minutes they can, where it would be stored.
    const minutesCases = !mayBeMinutes(d) ? [] : (who.minutes ?? []).includes(d.id)
      ? crossCases.filter((c) => c !== d.case_id).slice(0, 1)
      : [d.case_id, ...crossCases.filter((c) => c !== d.case_id).slice(0, 1)];
    for (const c of minutesCases) {
      out.push({ method: 'POST', url: `/sak/${c}/dokumenter/${d.id}/merknader/send`, form: { token: '5a5a5a5a-0000-4000-8000-000000000006', del: '1', merknad: 'matrix' }, target: { kind: 'minutes', id: d.id, ownCase: c === d.case_id } });
    }
  }
  return out;
}

/** Runs `fn` over `items`, `width` at a time: the matrices send thousands of probes,
 * and one after another they cost minutes of CI; every probe is still made and
 * asserted. */
export async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/** An answer as the matrices read it: the status, body and headers as one text (a
 * sentinel in either counts), and where a redirect went. */
export type Answer = { status: number; text: string; location?: string };

/** Sends requests with a browser context's session cookie straight from Node, as that
 * browser would (same cookie, same Origin on posts). The matrices send thousands of
 * probes; through Playwright's request context each one also synchronised cookies
 * with the browser, which made the sweep wait on the browser's CPU. */
export class SessionClient {
  private constructor(private readonly cookie: string) {}

  /** The session of `context` (logged in through the real login first). */
  static async of(context: BrowserContext): Promise<SessionClient> {
    const cookies = await context.cookies(portalUrl);
    return new SessionClient(cookies.map((c) => `${c.name}=${c.value}`).join('; '));
  }

  /** No session at all. */
  static anonymous(): SessionClient {
    return new SessionClient('');
  }

  /** One request, redirects not followed. */
  async send(method: 'GET' | 'POST', url: string, form?: Record<string, string>): Promise<Answer> {
    const headers: Record<string, string> = this.cookie ? { cookie: this.cookie } : {};
    let body: string | undefined;
    if (method === 'POST') {
      Object.assign(headers, sameOrigin, { 'content-type': 'application/x-www-form-urlencoded' });
      body = new URLSearchParams(form ?? {}).toString();
    }
    const res = await fetch(portalUrl + url, { method, headers, body, redirect: 'manual' });
    const all = Object.fromEntries(res.headers);
    return { status: res.status, text: (await res.text()) + JSON.stringify(all), location: all['location'] };
  }
}

/** Sends one probe without following redirects. */
export async function probe(client: APIRequestContext | SessionClient, p: Probe): Promise<Answer> {
  // A state change from the portal's own pages carries its origin; so does a probe,
  // so the cross-site check passes and the access check is what answers.
  if (client instanceof SessionClient) return client.send(p.method, p.url, p.form);
  const res = p.method === 'GET'
    ? await client.get(p.url, { maxRedirects: 0 })
    : await client.post(p.url, { form: p.form, maxRedirects: 0, headers: sameOrigin });
  return { status: res.status(), text: (await res.body()).toString('utf8') + JSON.stringify(res.headers()), location: res.headers()['location'] };
}

/** Every workbench page, staff server function and decision form there is for these
 * cases and documents, with `personId` as the party to preview or decide for. */
export function staffProbes(cases: string[], documents: DocRef[], personId: string, consents: { id: string; case_id: string }[] = [], threads: { id: string; case_id: string }[] = [], attachments: AttachmentRef[] = []): Probe[] {
  const out: Probe[] = [
    { method: 'GET', url: '/ansatt/saker' },
    { method: 'GET', url: '/ansatt/ko' },
    { method: 'GET', url: '/ansatt/innsyn' },
    { method: 'GET', url: '/ansatt/samtykker' },
    { method: 'POST', url: '/api/staff_unit_cases', form: {} },
    { method: 'POST', url: '/api/staff_queue', form: {} },
    { method: 'POST', url: '/api/staff_innsyn_requests', form: {} },
    { method: 'POST', url: '/api/staff_unit_consents', form: {} },
    { method: 'GET', url: '/ansatt/meldinger' },
    { method: 'POST', url: '/api/staff_inbox', form: {} },
  ];
  for (const th of threads) {
    const base = `/ansatt/sak/${th.case_id}/meldinger/${th.id}`;
    out.push({ method: 'GET', url: base });
    out.push({ method: 'POST', url: '/api/staff_post_thread', form: { case_id: th.case_id, thread_id: th.id } });
    out.push({ method: 'POST', url: `${base}/svar`, form: { nokkel: '5a5a5a5a-0000-4000-8000-000000000003', tekst: 'matrix' } });
    out.push({ method: 'POST', url: `${base}/behandlet`, form: {} });
    out.push({ method: 'GET', url: `${base}/nye?vist=0` });
  }
  for (const a of attachments) {
    out.push({ method: 'GET', url: `/ansatt/sak/${a.case_id}/meldinger/${a.thread_id}/vedlegg/${a.id}` });
  }
  for (const s of consents) {
    const base = `/ansatt/sak/${s.case_id}/samtykker/${s.id}`;
    out.push({ method: 'GET', url: base });
    out.push({ method: 'POST', url: '/api/staff_consent', form: { case_id: s.case_id, consent_id: s.id } });
    out.push({ method: 'POST', url: `${base}/avbryt`, form: { begrunnelse: 'matrix' } });
    out.push({ method: 'POST', url: `${base}/svar`, form: { part: personId, svar: 'SAMTYKKET', begrunnelse: 'matrix' } });
    out.push({ method: 'POST', url: `${base}/datoer`, form: { svarfrist: '2099-01-01' } });
  }
  for (const c of cases) {
    out.push({ method: 'GET', url: `/ansatt/sak/${c}/meldinger` });
    out.push({ method: 'POST', url: '/api/staff_case_post', form: { case_id: c } });
    out.push({ method: 'POST', url: `/ansatt/sak/${c}/meldinger/ny`, form: { nokkel: '5a5a5a5a-0000-4000-8000-000000000004', part: personId, emne: 'matrix', tekst: 'matrix' } });
    out.push({ method: 'GET', url: `/ansatt/sak/${c}/nytt-samtykke` });
    out.push({ method: 'POST', url: '/api/staff_case_consents', form: { case_id: c } });
    out.push({ method: 'POST', url: '/api/staff_new_consent', form: { case_id: c } });
    out.push({ method: 'POST', url: `/ansatt/sak/${c}/nytt-samtykke/opprett`, form: { token: '11111111-2222-4333-8444-555555555555', formaal: 'INFO_SKOLE', tekst: 'matrix', mottakere: 'matrix', part: personId, svarfrist: '2099-01-01' } });
    out.push({ method: 'GET', url: `/ansatt/sak/${c}` });
    out.push({ method: 'GET', url: `/ansatt/sak/${c}/innsyn/${personId}` });
    out.push({ method: 'POST', url: '/api/staff_case_innsyn', form: { case_id: c, person_id: personId } });
    out.push({ method: 'POST', url: `/ansatt/sak/${c}/innsyn/${personId}/svar`, form: { svar: 'REFUSED', begrunnelse: 'matrix' } });
    out.push({ method: 'GET', url: `/ansatt/sak/${c}/forhandsvis/${personId}` });
    out.push({ method: 'POST', url: '/api/staff_case_detail', form: { case_id: c } });
    out.push({ method: 'POST', url: '/api/staff_preview_case', form: { case_id: c, person_id: personId } });
  }
  for (const d of documents) {
    const base = `/ansatt/sak/${d.case_id}`;
    out.push({ method: 'GET', url: `${base}/dokument/${d.id}` });
    out.push({ method: 'GET', url: `${base}/forhandsvis/${personId}/dokument/${d.id}` });
    out.push({ method: 'POST', url: '/api/staff_document', form: { case_id: d.case_id, document_id: d.id } });
    out.push({ method: 'POST', url: '/api/take_decision_flash', form: { case_id: d.case_id, document_id: d.id } });
    out.push({
      method: 'POST',
      url: '/api/staff_preview_document',
      form: { case_id: d.case_id, person_id: personId, document_id: d.id },
    });
    out.push({ method: 'GET', url: `${base}/dokument/${d.id}/pdf` });
    if (mayBeMinutes(d)) {
      out.push({ method: 'GET', url: `${base}/dokument/${d.id}/merknader` });
      out.push({ method: 'POST', url: '/api/staff_minutes_comments', form: { case_id: d.case_id, document_id: d.id } });
      out.push({ method: 'POST', url: `${base}/dokument/${d.id}/merknader/frist`, form: { frist: '2099-01-01' } });
      out.push({ method: 'POST', url: `${base}/dokument/${d.id}/merknader/svar`, form: { merknad_id: 'x', utfall: 'CORRECTED', svar: 'matrix' } });
    }
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

import { test, expect, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { login } from './helpers';

// The authorization matrix: every demo person logs in through the dev provider and
// requests every citizen page, server function and download for every case and
// document in the demo (their own and everyone else's). No response may contain a
// sentinel that the demo data did not release to that very person. The list of
// forbidden sentinels comes from the demo generator's own record of what it released
// to whom, not from the access policy under test.

type LeakCheck = {
  persons: { pid: string; name: string; forbidden: string[] }[];
  cases: string[];
  documents: { id: string; case_id: string }[];
  all_sentinels: string[];
};

const dataDir = process.env.E2E_DATA_DIR ?? 'target/e2e-data';
// Read when a test runs: the seeder writes it as the web server starts, after the
// test files are collected.
const loadLeakCheck = (): LeakCheck =>
  JSON.parse(readFileSync(join(process.cwd(), '..', dataDir, 'leakcheck.json'), 'utf8'));
const SENTINEL = /LEAK-[A-Z]+(?:-[A-Za-z0-9]+)*-\d+/g;

/** Every URL and server-function call a citizen could try. */
function probes(leak: LeakCheck): { method: 'GET' | 'POST'; url: string; form?: Record<string, string> }[] {
  const out: { method: 'GET' | 'POST'; url: string; form?: Record<string, string> }[] = [
    { method: 'GET', url: '/mine-saker' },
    { method: 'POST', url: '/api/my_cases', form: {} },
  ];
  for (const c of leak.cases) {
    out.push({ method: 'GET', url: `/sak/${c}` }, { method: 'GET', url: `/sak/${c}/dokumenter` });
    out.push({ method: 'POST', url: '/api/case_overview', form: { case_id: c } });
    out.push({ method: 'POST', url: '/api/case_documents', form: { case_id: c } });
  }
  for (const d of leak.documents) {
    out.push({ method: 'GET', url: `/sak/${d.case_id}/dokumenter/${d.id}` });
    out.push({ method: 'GET', url: `/sak/${d.case_id}/dokumenter/${d.id}/pdf` });
    out.push({ method: 'POST', url: '/api/read_document', form: { case_id: d.case_id, document_id: d.id } });
  }
  return out;
}

async function sweep(leak: LeakCheck, request: APIRequestContext): Promise<{ found: Set<string>; statuses: Map<number, number> }> {
  const found = new Set<string>();
  const statuses = new Map<number, number>();
  for (const p of probes(leak)) {
    const res = p.method === 'GET'
      ? await request.get(p.url, { maxRedirects: 0 })
      : await request.post(p.url, { form: p.form, maxRedirects: 0 });
    statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
    expect(res.status(), `${p.method} ${p.url}`).toBeLessThan(500);
    const body = (await res.body()).toString('latin1') + JSON.stringify(res.headers());
    for (const m of body.matchAll(SENTINEL)) found.add(m[0]);
  }
  return { found, statuses };
}

test.describe('authorization matrix', () => {
  test.skip(({ javaScriptEnabled, isMobile }) => !javaScriptEnabled || isMobile, 'runs once, on desktop');

  test('an anonymous visitor receives no sentinel at all', async ({ request }) => {
    const { found } = await sweep(loadLeakCheck(), request);
    expect([...found]).toEqual([]);
  });

  test('every demo person receives nothing that was not released to them', async ({ browser }) => {
    test.setTimeout(600_000);
    const leak = loadLeakCheck();
    let withContent = 0;
    for (const person of leak.persons) {
      await test.step(person.name, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await login(page, { pid: person.pid });
        const forbidden = new Set(person.forbidden);
        const { found } = await sweep(leak, page.request);
        const leaked = [...found].filter((s) => forbidden.has(s) || !leak.all_sentinels.includes(s));
        expect(leaked, `sentinels leaked to ${person.name}`).toEqual([]);
        if (found.size > 0) withContent += 1;
        await context.close();
      });
    }
    // The sweep reaches what was released: if nobody saw anything it proved nothing.
    expect(withContent).toBeGreaterThanOrEqual(8);
  });
});

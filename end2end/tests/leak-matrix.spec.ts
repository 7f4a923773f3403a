import { test, expect, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citizenProbes, expectRefused, login, probe, staffProbes } from './helpers';

// The authorization matrix: every demo person logs in through the dev provider and
// requests every citizen page, server function and download for every case and
// document in the demo (their own and everyone else's). No response may contain a
// sentinel that the demo data did not release to that very person. The list of
// forbidden sentinels comes from the demo generator's own record of what it released
// to whom, not from the access policy under test.

type LeakCheck = {
  persons: { id: string; pid: string; name: string; forbidden: string[] }[];
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

/** Requests every citizen probe, collecting the sentinels received, and every staff
 * probe, which must be refused with no sentinel at all (`personId`: the party to
 * preview or decide for). */
async function sweep(leak: LeakCheck, request: APIRequestContext, personId: string): Promise<Set<string>> {
  const found = new Set<string>();
  for (const p of citizenProbes(leak.cases, leak.documents)) {
    const { status, text } = await probe(request, p);
    expect(status, `${p.method} ${p.url}`).toBeLessThan(500);
    for (const m of text.matchAll(SENTINEL)) found.add(m[0]);
  }
  for (const p of staffProbes(leak.cases, leak.documents, personId)) {
    const res = await probe(request, p);
    expectRefused(p, res, '/ansatt/auth/login');
    expect(res.text.match(SENTINEL)?.[0], `${p.method} ${p.url} leaks`).toBeUndefined();
  }
  return found;
}

test.describe('authorization matrix', () => {
  test.skip(({ javaScriptEnabled, isMobile }) => !javaScriptEnabled || isMobile, 'runs once, on desktop');

  test('an anonymous visitor receives no sentinel at all, and no staff page', async ({ request }) => {
    test.setTimeout(120_000);
    const leak = loadLeakCheck();
    const found = await sweep(leak, request, leak.persons[0].id);
    expect([...found]).toEqual([]);
  });

  test('every demo person receives nothing that was not released to them, and no staff page', async ({ browser }) => {
    test.setTimeout(600_000);
    const leak = loadLeakCheck();
    let withContent = 0;
    for (const person of leak.persons) {
      await test.step(person.name, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await login(page, { pid: person.pid });
        const forbidden = new Set(person.forbidden);
        const found = await sweep(leak, page.request, person.id);
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

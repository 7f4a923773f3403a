import { test, expect } from '@playwright/test';
import {
  inParallel,
  citizenProbes, expectRefused, expectedStatus, freshLeakCheck, login, probe, refusedConsentProbes, refusedInnsynProbes, refusedThreadProbes, SessionClient, staffProbes,
  type LeakCheck,
} from './helpers';

// The authorization matrix: every demo person logs in through the dev provider and
// requests every citizen page, server function and download for every case and
// document in the demo (their own and everyone else's, and every document paired with
// a case of theirs it does not belong to). No response may contain a sentinel that the
// demo data did not release to that very person, another person's national id, or
// the name of someone on none of their cases; what is theirs answers 200, everything
// else 404. The forbidden lists come from the demo generator's own record of what it
// released to whom (derived again from the decisions in the database when the test
// runs, see `freshLeakCheck`), not from the access policy under test.

const SENTINEL = /LEAK-[A-Z]+(?:-[A-Za-z0-9]+)*-\d+/g;

type Person = LeakCheck['persons'][number];

/** Probes in flight at once per person (the portal serves them on 2 cores). */
const WIDTH = 6;

/** Requests every citizen probe as `person` (anonymous when `null`), asserting the
 * status and collecting the sentinels received, plus refused innsyn requests and every
 * staff probe, which must be refused with no sentinel at all. */
async function sweep(leak: LeakCheck, client: SessionClient, person: Person | null): Promise<Set<string>> {
  const found = new Set<string>();
  const cross = person?.cases ?? [];
  const pids = person?.forbidden_pids ?? leak.persons.map((p) => p.pid);
  const names = person?.forbidden_names ?? leak.persons.map((p) => p.name);
  const check = (what: string, text: string) => {
    for (const m of text.matchAll(SENTINEL)) found.add(m[0]);
    expect(pids.filter((pid) => text.includes(pid)), `${what}: national ids of others`).toEqual([]);
    expect(names.filter((n) => text.includes(n)), `${what}: names from other cases`).toEqual([]);
  };
  await inParallel(citizenProbes(leak.cases, leak.documents, cross, leak.consents, leak.threads, leak.attachments), WIDTH, async (p) => {
    const res = await probe(client, p);
    // A redirect names where it went: to the login means the session was lost.
    if (person) expect(res.status, `${p.method} ${p.url} ${res.location ?? ''}`).toBe(expectedStatus(p, person));
    else expectRefused(p, res, '/auth/login');
    check(`${p.method} ${p.url}`, res.text);
  });
  // Refused requests must store nothing; the stores are counted in the Rust matrix.
  await inParallel(refusedInnsynProbes(leak.documents, person ?? { documents: [], minutes: [] }, cross, leak.cases), WIDTH, async (p) => {
    const res = await probe(client, p);
    if (person) expect(res.status, `${p.method} ${p.url}`).toBe(404);
    else expect([303, 404], `${p.method} ${p.url}`).toContain(res.status);
    expect(res.text.match(SENTINEL)?.[0], `${p.method} ${p.url} leaks`).toBeUndefined();
  });
  await inParallel(refusedConsentProbes(leak.consents, person ?? { consents: [] }, cross), WIDTH, async (p) => {
    const res = await probe(client, p);
    if (person) expect(res.status, `${p.method} ${p.url}`).toBe(404);
    else expect([303, 404], `${p.method} ${p.url}`).toContain(res.status);
    expect(res.text.match(SENTINEL)?.[0], `${p.method} ${p.url} leaks`).toBeUndefined();
  });
  await inParallel(refusedThreadProbes(leak.threads, person ?? { threads: [] }, cross), WIDTH, async (p) => {
    const res = await probe(client, p);
    if (person) expect(res.status, `${p.method} ${p.url}`).toBe(404);
    else expect([303, 404], `${p.method} ${p.url}`).toContain(res.status);
    expect(res.text.match(SENTINEL)?.[0], `${p.method} ${p.url} leaks`).toBeUndefined();
  });
  await inParallel(staffProbes(leak.cases, leak.documents, person?.id ?? leak.persons[0].id, leak.consents, leak.threads, leak.attachments), WIDTH, async (p) => {
    const res = await probe(client, p);
    expectRefused(p, res, '/ansatt/auth/login');
    expect(res.text.match(SENTINEL)?.[0], `${p.method} ${p.url} leaks`).toBeUndefined();
  });
  return found;
}

test.describe('authorization matrix', () => {
  test.skip(({ javaScriptEnabled, isMobile }) => !javaScriptEnabled || isMobile, 'runs once, on desktop');

  test('an anonymous visitor receives no sentinel at all, and no staff page', async () => {
    test.setTimeout(120_000);
    const leak = freshLeakCheck();
    const found = await sweep(leak, SessionClient.anonymous(), null);
    expect([...found]).toEqual([]);
  });

  test('every demo person receives nothing that was not released to them, and no staff page', async ({ browser }) => {
    test.setTimeout(600_000);
    const leak = freshLeakCheck();
    let withContent = 0;
    for (const person of leak.persons) {
      await test.step(person.name, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await login(page, { pid: person.pid });
        const forbidden = new Set(person.forbidden);
        const found = await sweep(leak, await SessionClient.of(context), person);
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

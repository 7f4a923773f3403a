import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citizenProbes, expectRefused, freshLeakCheck, inParallel, probe, SessionClient, staffLogin, type Answer, type LeakCheck } from './helpers';

/** Probes in flight at once per employee. */
const WIDTH = 6;

// The staff half of the authorization matrix: every demo employee logs in through the
// dev provider and requests every workbench page, server function and decision form
// for every case and document of the demo. Cases outside the employee's own unit must
// answer "not found" and carry no sentinel of the demo's content.

type Employee = { sub: string; name: string; unit: string };

const dataDir = process.env.E2E_DATA_DIR ?? 'target/e2e-data';
const readJson = (file: string) => JSON.parse(readFileSync(join(process.cwd(), '..', dataDir, file), 'utf8'));
const SENTINEL = /LEAK-[A-Z]+(?:-[A-Za-z0-9]+)*-\d+/;

/** The case ids on the logged-in employee's case list: their own unit's. */
async function ownCases(page: Page): Promise<Set<string>> {
  const links = page.locator('a[href^="/ansatt/sak/"]');
  return new Set(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/')[3])));
}

async function expectNotFound(what: string, res: Promise<Answer>) {
  const r = await res;
  expect(r.status, what).toBe(404);
  expect(r.text.match(SENTINEL)?.[0], `${what} leaks`).toBeUndefined();
}

test('no employee reaches the cases of another unit', async ({ browser, javaScriptEnabled, isMobile }) => {
  test.skip(!javaScriptEnabled || isMobile, 'runs once, on desktop');
  test.setTimeout(600_000);
  const leak: LeakCheck = freshLeakCheck();
  const employees: Employee[] = readJson('testpersons.json').employees;
  let refused = 0;
  for (const employee of employees) {
    await test.step(employee.name, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await staffLogin(page, employee.sub);
      const own = await ownCases(page);
      expect(own.size, `${employee.name} sees their unit's cases`).toBeGreaterThan(0);
      const client = await SessionClient.of(context);
      await inParallel(leak.cases.filter((c) => !own.has(c)), WIDTH, async (c) => {
        await expectNotFound(`GET /ansatt/sak/${c}`, client.send('GET', `/ansatt/sak/${c}`));
        await expectNotFound(`staff_case_detail ${c}`, client.send('POST', '/api/staff_case_detail', { case_id: c }));
        await expectNotFound(`preview ${c}`, client.send('GET', `/ansatt/sak/${c}/forhandsvis/x`));
        refused += 1;
      });
      await inParallel(leak.documents.filter((d) => !own.has(d.case_id)), WIDTH, async (d) => {
        const base = `/ansatt/sak/${d.case_id}/dokument/${d.id}`;
        await expectNotFound(`GET ${base}`, client.send('GET', base));
        await expectNotFound(`staff_document ${d.id}`,
          client.send('POST', '/api/staff_document', { case_id: d.case_id, document_id: d.id }));
        await expectNotFound(`GET ${base}/pdf`, client.send('GET', `${base}/pdf`));
        const decide = await client.send('POST', `${base}/beslutning`, { state: 'SHARED' });
        expect(decide.status, `decision on ${d.id}`).toBe(404);
        const confirm = await client.send('POST', `${base}/beslutning`, { step: 'confirm', token: 'x' });
        expect(confirm.status, `confirmation on ${d.id}`).toBe(404);
        // Another unit's minutes for comment: not there to read, open or answer.
        if (d.doc_type !== 'MOTEREFERAT') return;
        await expectNotFound(`GET ${base}/merknader`, client.send('GET', `${base}/merknader`));
        await expectNotFound(`staff_minutes_comments ${d.id}`,
          client.send('POST', '/api/staff_minutes_comments', { case_id: d.case_id, document_id: d.id }));
        const open = await client.send('POST', `${base}/merknader/frist`, { frist: '2099-01-01' });
        expect(open.status, `opening ${d.id} for comments`).toBe(404);
        const answer = await client.send('POST', `${base}/merknader/svar`, { merknad_id: 'x', utfall: 'CORRECTED', svar: 'x' });
        expect(answer.status, `answer on ${d.id}`).toBe(404);
      });
      await inParallel(leak.consents.filter((s) => !own.has(s.case_id)), WIDTH, async (s) => {
        const base = `/ansatt/sak/${s.case_id}/samtykker/${s.id}`;
        await expectNotFound(`GET ${base}`, client.send('GET', base));
        await expectNotFound(`staff_consent ${s.id}`,
          client.send('POST', '/api/staff_consent', { case_id: s.case_id, consent_id: s.id }));
        for (const which of ['avbryt', 'svar', 'datoer']) {
          const change = await client.send('POST', `${base}/${which}`, { begrunnelse: 'matrix', svarfrist: '2099-01-01' });
          expect(change.status, `${which} on ${s.id}`).toBe(404);
        }
      });
      await inParallel(leak.attachments.filter((a) => !own.has(a.case_id)), WIDTH, async (a) => {
        const url = `/ansatt/sak/${a.case_id}/meldinger/${a.thread_id}/vedlegg/${a.id}`;
        await expectNotFound(`GET ${url}`, client.send('GET', url));
      });
      await inParallel(leak.threads.filter((th) => !own.has(th.case_id)), WIDTH, async (th) => {
        const base = `/ansatt/sak/${th.case_id}/meldinger/${th.id}`;
        await expectNotFound(`GET ${base}`, client.send('GET', base));
        await expectNotFound(`GET ${base}/nye`, client.send('GET', `${base}/nye?vist=0`));
        await expectNotFound(`staff_post_thread ${th.id}`,
          client.send('POST', '/api/staff_post_thread', { case_id: th.case_id, thread_id: th.id }));
        for (const which of ['svar', 'ta', 'behandlet']) {
          const change = await client.send('POST', `${base}/${which}`, { nokkel: '5a5a5a5a-0000-4000-8000-000000000005', tekst: 'x' });
          expect(change.status, `${which} on ${th.id}`).toBe(404);
        }
      });
      await inParallel(leak.cases.filter((c) => !own.has(c)), WIDTH, async (c) => {
        await expectNotFound(`GET /ansatt/sak/${c}/meldinger`, client.send('GET', `/ansatt/sak/${c}/meldinger`));
        // Another unit's party's request to see the whole case: not there to read or answer.
        for (const p of leak.persons.filter((p) => p.cases.includes(c))) {
          await expectNotFound(`GET /ansatt/sak/${c}/innsyn/${p.id}`, client.send('GET', `/ansatt/sak/${c}/innsyn/${p.id}`));
          await expectNotFound(`staff_case_innsyn ${c} ${p.id}`, client.send('POST', '/api/staff_case_innsyn', { case_id: c, person_id: p.id }));
          const answer = await client.send('POST', `/ansatt/sak/${c}/innsyn/${p.id}/svar`, { svar: 'REFUSED', begrunnelse: 'x' });
          expect(answer.status, `answer on ${c} for ${p.id}`).toBe(404);
        }
        await expectNotFound(`GET /ansatt/sak/${c}/nytt-samtykke`, client.send('GET', `/ansatt/sak/${c}/nytt-samtykke`));
        await expectNotFound(`staff_case_consents ${c}`, client.send('POST', '/api/staff_case_consents', { case_id: c }));
        const create = await client.send('POST', `/ansatt/sak/${c}/nytt-samtykke/opprett`, {
          token: '11111111-2222-4333-8444-555555555555', formaal: 'INFO_SKOLE', tekst: 'x', mottakere: 'x', svarfrist: '2099-01-01',
        });
        expect(create.status, `new consent on ${c}`).toBe(404);
      });
      // A staff session reaches no citizen page or function, for any case.
      await inParallel(citizenProbes(leak.cases, leak.documents, [], leak.consents, leak.threads, leak.attachments), WIDTH, async (p) => {
        const res = await probe(client, p);
        expectRefused(p, res, '/auth/login');
        expect(res.text.match(SENTINEL)?.[0], `${p.method} ${p.url} leaks`).toBeUndefined();
      });
      await context.close();
    });
  }
  expect(refused).toBeGreaterThan(0);
});

test('"preview as" shows each person only what was released to that person', async ({ browser, javaScriptEnabled, isMobile }) => {
  test.skip(!javaScriptEnabled || isMobile, 'runs once, on desktop');
  test.setTimeout(600_000);
  const leak: LeakCheck = freshLeakCheck();
  const employees: Employee[] = readJson('testpersons.json').employees;
  // One caseworker per unit covers every case of the demo.
  const perUnit = [...new Map(employees.map((e) => [e.unit, e])).values()];
  const SENTINELS = new RegExp(SENTINEL.source, 'g');
  let previews = 0;
  for (const employee of perUnit) {
    await test.step(employee.name, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await staffLogin(page, employee.sub);
      const own = await ownCases(page);
      const client = await SessionClient.of(context);
      for (const c of leak.cases.filter((c) => own.has(c))) {
        for (const person of leak.persons) {
          const forbidden = new Set(person.forbidden);
          const base = `/ansatt/sak/${c}/forhandsvis/${person.id}`;
          const urls = [base, ...leak.documents.filter((d) => d.case_id === c).map((d) => `${base}/dokument/${d.id}`)];
          for (const url of urls) {
            const res = await client.send('GET', url);
            expect(res.status, url).toBeLessThan(500);
            if (res.status === 200) previews += 1;
            const leaked = [...res.text.matchAll(SENTINELS)].map((m) => m[0]).filter((s) => forbidden.has(s));
            expect(leaked, `${url} shows what ${person.name} may not see`).toEqual([]);
          }
        }
        // The preview's server functions, as each party of the case: the same answer
        // the party gets (200 for what is theirs, 404 otherwise) and nothing forbidden
        // to that party.
        for (const person of leak.persons.filter((p) => (leak.case_parties[c] ?? []).includes(p.id))) {
          const forbidden = new Set(person.forbidden);
          const calls = [
            { what: 'staff_preview_case', form: { case_id: c, person_id: person.id }, ok: person.cases.includes(c) },
            ...leak.documents.filter((d) => d.case_id === c).map((d) => ({
              what: `staff_preview_document ${d.id}`,
              form: { case_id: c, person_id: person.id, document_id: d.id },
              ok: person.cases.includes(c) && person.documents.includes(d.id),
            })),
          ];
          for (const call of calls) {
            const res = await probe(client, { method: 'POST', url: `/api/${call.what.split(' ')[0]}`, form: call.form });
            const what = `${call.what} as ${person.name}`;
            expect(res.status, what).toBe(call.ok ? 200 : 404);
            if (call.ok) previews += 1;
            const leaked = [...res.text.matchAll(SENTINELS)].map((m) => m[0]).filter((s) => forbidden.has(s));
            expect(leaked, `${what} shows what the party may not see`).toEqual([]);
            expect(person.forbidden_pids.filter((pid) => res.text.includes(pid)), `${what}: national ids`).toEqual([]);
          }
        }
      }
      await context.close();
    });
  }
  expect(previews).toBeGreaterThan(0);
});

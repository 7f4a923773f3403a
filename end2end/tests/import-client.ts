import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { freshBrowser, login } from './helpers';

// The fagsystem's side of the import API, as the tests play it: a client-credentials
// token from the dev provider, and synthetic national identity numbers for new people.

const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 9190);
const portalPort = Number(process.env.E2E_PORTAL_PORT ?? 3100);
export const issuer = `http://localhost:${oidcPort}`;
export const portal = `http://localhost:${portalPort}`;
export const importApi = `${portal}/api/import/v1`;

/** An access token for the import API, got as the fagsystem gets it. */
export async function importToken(request: APIRequestContext): Promise<string> {
  const res = await request.post(`${issuer}/token`, {
    headers: { authorization: `Basic ${Buffer.from('fagsystem:dev-fagsystem-secret').toString('base64')}` },
    form: { grant_type: 'client_credentials', scope: 'minsak:import', resource: `${portal}/api/import` },
  });
  expect(res.status(), await res.text()).toBe(200);
  const body = await res.json();
  expect(body.token_type).toMatch(/bearer/i);
  return body.access_token;
}

/** Imports a family's batch as the fagsystem does; the test stops on anything but 200. */
export async function importFamily(request: APIRequestContext, f: { batch: unknown }) {
  const token = await importToken(request);
  const res = await request.post(`${importApi}/batch`, { data: f.batch, headers: { authorization: `Bearer ${token}` } });
  expect(res.status(), await res.text()).toBe(200);
}

/** `YYYY-MM-DD` of a date (UTC). */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The date `years` years before today (UTC), minus `days` more days. */
export function yearsAgo(years: number, days = 0): Date {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d;
}

function controlDigit(digits: number[], weights: number[]): number | undefined {
  const sum = digits.reduce((acc, d, i) => acc + d * weights[i], 0);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k === 10 ? undefined : k;
}

/** A synthetic fødselsnummer (month + 80, as TestID's) for `birth`, with valid control
 * digits; `seed` picks the individual number, so parallel runs get different ones. */
export function syntheticPid(birth: Date, seed: number): string {
  const [lo, hi] = birth.getUTCFullYear() >= 2000 ? [500, 999] : [0, 499];
  for (let step = 0; step <= hi - lo; step++) {
    const individual = lo + ((seed + step) % (hi - lo + 1));
    const head = [birth.getUTCDate(), birth.getUTCMonth() + 1 + 80, birth.getUTCFullYear() % 100]
      .map((n) => String(n).padStart(2, '0'))
      .join('') + String(individual).padStart(3, '0');
    const digits = [...head].map(Number);
    const k1 = controlDigit(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === undefined) continue;
    const k2 = controlDigit([...digits, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === undefined) continue;
    return `${head}${k1}${k2}`;
  }
  throw new Error(`no synthetic id for ${isoDate(birth)}`);
}

/** The four Playwright projects, each with its own birth-date slot (see `family`). */
const PROJECTS = ['desktop', 'desktop-nojs', 'phone', 'phone-nojs'];

/** A family of three (mother, father, youth of 16) in a new Lerkendal case with one
 * document, unique to this run and project; `tag` names the spec's family, `extra`
 * adds blocks and fields to the document (a PDF, awkward text) and fields to the case. */
export function family(stamp: number, project: string, extra: { tag?: string; blocks?: { kind: string; text: string }[]; pdf_base64?: string; shiftDays?: number; caseFields?: Record<string, unknown> } = {}) {
  // The four projects import into one database, and an individual number picked from
  // the stamp alone collided between two of them now and then (500 numbers per birth
  // date). So every project and spec gets birth dates of its own: projects 60 days
  // apart, specs by `shiftDays` (under 60).
  const slot = PROJECTS.indexOf(project);
  if (slot < 0) throw new Error(`unknown project ${project}`);
  const shift = (extra.shiftDays ?? 0) + slot * 60;
  const run = `e2e-${project}${extra.tag ? `-${extra.tag}` : ''}-${stamp}`;
  const seed = stamp % 500;
  const youthBorn = yearsAgo(16, 40 + shift);
  const people = {
    mother: { id: `${run}-mor`, given_name: 'Marte', family_name: `Importsen`, born: yearsAgo(44, 10 + shift), role: 'MOR' },
    father: { id: `${run}-far`, given_name: 'Frode', family_name: `Importsen`, born: yearsAgo(46, 20 + shift), role: 'FAR' },
    youth: { id: `${run}-ung`, given_name: 'Ylva', family_name: `Importsen`, born: youthBorn, role: 'HOVEDPERSON' },
  };
  const pids = Object.fromEntries(
    Object.entries(people).map(([k, p], i) => [k, syntheticPid(p.born, seed + i * 7)]),
  ) as Record<keyof typeof people, string>;
  const caseId = `${run}-sak`;
  const documentId = `${run}-dok`;
  const title = `Samtalereferat ${stamp}`;
  const open = `Vi snakket med Ylva på skolen ${stamp}.`;
  const secret = `LEAK-E2E-SAMTALE-${stamp}`;
  const kept = 'Hun vil gjerne snakke mer neste gang.';
  const batch = {
    persons: Object.entries(people).map(([k, p]) => ({
      id: p.id, pid: pids[k as keyof typeof people], given_name: p.given_name, family_name: p.family_name,
      birth_date: isoDate(p.born),
    })),
    cases: [{
      id: caseId, unit_id: 'unit-trd-lerkendal', main_person_id: people.youth.id, phase: 'HJELPETILTAK',
      caseworker_id: 'staff-lerkendal-1', opened_on: isoDate(yearsAgo(0, 90)),
      ...(extra.caseFields ?? {}),
    }],
    parties: Object.values(people).map((p) => ({
      id: `${p.id}-part`, case_id: caseId, person_id: p.id, role: p.role, valid_from: isoDate(yearsAgo(0, 90)),
    })),
    milestones: [{
      id: `${run}-m1`, case_id: caseId, kind: 'MELDING_MOTTATT', occurred_on: isoDate(yearsAgo(0, 90)), seq: 1,
    }],
    documents: [{
      id: documentId, case_id: caseId, doc_type: 'MOTEREFERAT', title, doc_date: isoDate(yearsAgo(0, 1)),
      body: [
        { kind: 'h', text: title },
        { kind: 'p', text: open },
        { kind: 'p', text: `Ylva fortalte: ${secret} ${kept}` },
        ...(extra.blocks ?? []),
      ],
      ...(extra.pdf_base64 ? { pdf_base64: extra.pdf_base64 } : {}),
    }],
  };
  return { people, pids, caseId, documentId, title, open, secret, kept, batch };
}

/** Every response the page receives from now on, as text (redirects have none). */
export function recordResponses(page: Page): () => Promise<string[]> {
  const pending: Promise<string>[] = [];
  page.on('response', (r) => pending.push(r.text().catch(() => '')));
  return () => Promise.all(pending);
}

/** Logs in as a citizen by fødselsnummer and lands on "Mine saker". */
export async function citizen(page: Page, pid: string) {
  await freshBrowser(page);
  await login(page, { pid });
  await expect(page).toHaveURL(/\/mine-saker$/);
}

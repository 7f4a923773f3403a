import { expect, type APIRequestContext } from '@playwright/test';

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

// End-to-end self test of the dev OIDC provider (provider.mjs), without a
// browser: starts it on a spare port with temporary test persons and keys,
// runs the login flows the portal uses with fetch, and checks the tokens.
//
//   npm run oidc:selftest   (in end2end/)

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 9199;
const ISSUER = `http://localhost:${PORT}`;
const PORTAL_URL = 'http://localhost:3999';
const SECRETS = { citizen: 'dev-citizen-secret', employee: 'dev-employee-secret', fagsystem: 'dev-fagsystem-secret' };
const CALLBACK = { citizen: `${PORTAL_URL}/auth/callback`, employee: `${PORTAL_URL}/ansatt/auth/callback` };

const persons = {
  citizens: [
    { pid: '01017012345', name: 'Kari Nordmann', description: 'Mor i sak for Emma' },
    { pid: '02028054321', name: 'Ola Nordmann', description: 'Far i sak for Emma' },
  ],
  employees: [
    { sub: 'emp-1', name: 'Siri Saksbehandler', roles: ['saksbehandler'], unit: 'bv-oslo', description: 'Saksbehandler' },
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'minsak-oidc-'));
writeFileSync(join(dir, 'testpersons.json'), JSON.stringify(persons));

const child = spawn(process.execPath, [new URL('./provider.mjs', import.meta.url).pathname], {
  env: {
    ...process.env,
    OIDC_PORT: String(PORT),
    OIDC_ISSUER: ISSUER,
    PORTAL_URL,
    TEST_PERSONS_FILE: join(dir, 'testpersons.json'),
    OIDC_JWKS_FILE: join(dir, 'keys', 'jwks.json'),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});

await new Promise((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`provider exited with ${code}`)));
  child.stdout.on('data', (chunk) => {
    if (String(chunk).includes(`oidc provider listening on ${ISSUER}`)) resolve();
  });
});

// A minimal browser: a cookie jar (host-wide; paths ignored) and redirects
// followed by hand so that each hop can be inspected.
const jar = new Map();
const cookieNames = new Set();

async function request(url, { method = 'GET', form, headers = {} } = {}) {
  const res = await fetch(new URL(url, ISSUER), {
    method,
    redirect: 'manual',
    headers: {
      ...headers,
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form ? new URLSearchParams(form) : undefined,
  });
  for (const line of res.headers.getSetCookie()) {
    const [pair, ...attrs] = line.split(';');
    const [name, value] = pair.split('=');
    cookieNames.add(name.trim());
    const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a));
    if (expired) jar.delete(name.trim());
    else jar.set(name.trim(), value);
  }
  return res;
}

// Follows redirects within the provider; returns the first response that is
// not a redirect, or the URL of a redirect to the portal.
async function follow(res) {
  let current = res;
  while ([302, 303].includes(current.status)) {
    const location = new URL(current.headers.get('location'), ISSUER);
    if (location.href.startsWith(PORTAL_URL)) return { portal: location };
    current = await request(location);
  }
  return { res: current, html: await current.text() };
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const decode = (jwt) => jwt.split('.').slice(0, 2).map((p) => JSON.parse(Buffer.from(p, 'base64url')));

async function checkSignature(jwt) {
  const { keys } = await (await fetch(`${ISSUER}/jwks`)).json();
  const [header] = decode(jwt);
  const jwk = keys.find((k) => k.kid === header.kid);
  assert.ok(jwk, 'signing key in jwks');
  assert.equal(header.alg, 'RS256');
  const [h, p, s] = jwt.split('.');
  assert.ok(verify('RSA-SHA256', Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(s, 'base64url')), 'signature');
}

const basic = (client) => `Basic ${Buffer.from(`${client}:${SECRETS[client]}`).toString('base64')}`;

// Authorization code + PKCE, by default with prompt=login. `submit` gets the
// login page's HTML and returns the form fields to post; without `submit` the
// provider must answer from its session, without a login page.
async function login(client, { acrValues, prompt = 'login', submit }) {
  const verifier = b64url(randomBytes(32));
  const nonce = b64url(randomBytes(16));
  const state = b64url(randomBytes(16));
  const auth = new URL('/auth', ISSUER);
  auth.search = new URLSearchParams({
    client_id: client,
    response_type: 'code',
    redirect_uri: CALLBACK[client],
    scope: 'openid profile',
    state,
    nonce,
    ...(prompt ? { prompt } : {}),
    code_challenge: b64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
    ...(acrValues ? { acr_values: acrValues } : {}),
  });
  const page = await follow(await request(auth));
  let done = page;
  if (submit) {
    assert.equal(page.res?.status, 200, 'login page shown');
    const uid = /action="\/interaction\/([^/"]+)\/login"/.exec(page.html)[1];
    done = await follow(await request(`/interaction/${uid}/login`, { method: 'POST', form: submit(page.html) }));
  }
  assert.ok(done.portal, `redirected back to the portal, got ${done.res?.status} ${done.html}`);
  const params = done.portal.searchParams;
  if (params.get('error')) return { error: params.get('error'), html: page.html };
  assert.equal(params.get('state'), state);
  assert.equal(params.get('iss'), ISSUER);

  const res = await fetch(`${ISSUER}/token`, {
    method: 'POST',
    headers: { authorization: basic(client), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: CALLBACK[client], code_verifier: verifier }),
  });
  const tokens = await res.json();
  assert.equal(res.status, 200, JSON.stringify(tokens));
  await checkSignature(tokens.id_token);
  const [, claims] = decode(tokens.id_token);
  assert.equal(claims.nonce, nonce);
  assert.equal(claims.iss, ISSUER);
  assert.equal(claims.aud, client);
  return { claims, tokens, html: page.html };
}

try {
  // Citizen, high.
  const high = await login('citizen', {
    acrValues: 'idporten-loa-high',
    submit: (html) => {
      assert.match(html, /<html lang="nb">/);
      assert.match(html, /<label for="citizen-0">Kari Nordmann <span class="detail">01017012345 – Mor i sak for Emma/);
      assert.match(html, /<option value="idporten-loa-high" selected>/);
      return { pid: '01017012345', acr: 'idporten-loa-high', action: 'login' };
    },
  });
  assert.equal(high.claims.pid, '01017012345');
  assert.equal(high.claims.name, 'Kari Nordmann');
  assert.equal(high.claims.acr, 'idporten-loa-high');
  assert.deepEqual(high.claims.amr, ['TestID']);
  assert.match(high.claims.sub, /^[0-9a-f]{32}$/);
  assert.equal(high.claims.roles, undefined);
  const userinfo = await (await fetch(`${ISSUER}/me`, { headers: { authorization: `Bearer ${high.tokens.access_token}` } })).json();
  assert.equal(userinfo.pid, '01017012345');
  assert.equal(userinfo.sub, high.claims.sub);
  console.log('ok citizen high:', JSON.stringify(high.claims));

  // Same browser session, substantial: prompt=login must show the page again.
  const substantial = await login('citizen', {
    acrValues: 'idporten-loa-substantial',
    submit: (html) => {
      assert.match(html, /<option value="idporten-loa-substantial" selected>/);
      return { pid: '01017012345', acr: 'idporten-loa-substantial', action: 'login' };
    },
  });
  assert.equal(substantial.claims.acr, 'idporten-loa-substantial');
  assert.equal(substantial.claims.sub, high.claims.sub, 'stable sub');
  console.log('ok citizen substantial');

  // A typed pid wins over the radio and need not be in the file.
  const custom = await login('citizen', {
    submit: () => ({ pid: '01017012345', custom_pid: '31129912345', acr: 'idporten-loa-high', action: 'login' }),
  });
  assert.equal(custom.claims.pid, '31129912345');
  assert.equal(custom.claims.name, 'Ukjent testperson');
  console.log('ok custom pid');

  // Without prompt=login the session is reused silently, whatever acr_values
  // asks for, and even for the other client (consent is granted
  // automatically): the portal must send prompt=login and check acr itself.
  const reused = await login('employee', { acrValues: 'idporten-loa-high', prompt: null });
  assert.equal(reused.claims.pid, '31129912345');
  assert.equal(reused.claims.acr, 'idporten-loa-high');
  assert.equal(reused.claims.roles, undefined);
  console.log('ok session reuse without prompt=login');

  // Cancelling returns access_denied to the portal.
  const aborted = await login('citizen', { submit: () => ({ action: 'abort' }) });
  assert.equal(aborted.error, 'access_denied');
  console.log('ok abort');

  // Employee.
  const employee = await login('employee', {
    submit: (html) => {
      assert.match(html, /<label for="employee-0">Siri Saksbehandler /);
      assert.doesNotMatch(html, /id="acr"/);
      return { employee: 'emp-1', action: 'login' };
    },
  });
  assert.equal(employee.claims.sub, 'emp-1');
  assert.equal(employee.claims.name, 'Siri Saksbehandler');
  assert.deepEqual(employee.claims.roles, ['saksbehandler']);
  assert.equal(employee.claims.unit, 'bv-oslo');
  assert.equal(employee.claims.acr, 'idporten-loa-high');
  assert.equal(employee.claims.pid, undefined);
  console.log('ok employee:', JSON.stringify(employee.claims));

  // Machine to machine: JWT access token for the import API, with and
  // without an explicit resource.
  for (const extra of [{ resource: `${PORTAL_URL}/api/import` }, {}]) {
    const res = await fetch(`${ISSUER}/token`, {
      method: 'POST',
      headers: { authorization: basic('fagsystem'), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'minsak:import', ...extra }),
    });
    const body = await res.json();
    assert.equal(res.status, 200, JSON.stringify(body));
    await checkSignature(body.access_token);
    const [header, claims] = decode(body.access_token);
    assert.equal(header.typ, 'at+jwt');
    assert.equal(claims.aud, `${PORTAL_URL}/api/import`);
    assert.equal(claims.scope, 'minsak:import');
    assert.equal(claims.client_id, 'fagsystem');
    console.log('ok client_credentials:', JSON.stringify(header), JSON.stringify(claims));
  }

  // RP-initiated logout without JavaScript.
  const end = new URL('/session/end', ISSUER);
  end.search = new URLSearchParams({ id_token_hint: employee.tokens.id_token, post_logout_redirect_uri: `${PORTAL_URL}/ansatt`, state: 'bye' });
  const logoutPage = await follow(await request(end));
  assert.equal(logoutPage.res.status, 200);
  assert.match(logoutPage.html, /<html lang="nb">/);
  assert.match(logoutPage.html, /name="logout" value="yes"/);
  assert.match(logoutPage.html, />Logg ut<\/button>/);
  const action = /<form id="op.logoutForm" method="post" action="([^"]+)">/.exec(logoutPage.html)[1];
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(logoutPage.html)[1];
  const loggedOut = await follow(await request(action, { method: 'POST', form: { xsrf, logout: 'yes' } }));
  assert.equal(loggedOut.portal?.href, `${PORTAL_URL}/ansatt?state=bye`);
  const success = await follow(await request('/session/end/success'));
  assert.match(success.html, /Du er logget ut/);
  console.log('ok logout');

  console.log('cookies set by the provider:', [...cookieNames].sort().join(', '));
  console.log('selftest passed');
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

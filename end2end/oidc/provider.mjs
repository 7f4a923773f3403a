// Development OpenID Connect provider for Min sak, modelled on ID-porten with
// the TestID login: pick a test person (or type any fødselsnummer) and a
// security level, and get an id_token with `pid`, `acr` and `amr`.
//
// NEVER run this in production: anyone can log in as anyone.
//
// Start from the repository root:  node end2end/oidc/provider.mjs
// (or `npm run oidc` in end2end/). Configuration is by environment, see `env`.

import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { dirname } from 'node:path';

import Provider, { errors } from 'oidc-provider';

const env = (name, fallback) => process.env[name] || fallback;

const PORT = Number(env('OIDC_PORT', '9090'));
const ISSUER = env('OIDC_ISSUER', `http://localhost:${PORT}`);
const PORTAL_URL = env('PORTAL_URL', 'http://localhost:3000').replace(/\/$/, '');
const CITIZEN_CLIENT_SECRET = env('CITIZEN_CLIENT_SECRET', 'dev-citizen-secret');
const EMPLOYEE_CLIENT_SECRET = env('EMPLOYEE_CLIENT_SECRET', 'dev-employee-secret');
const FAGSYSTEM_CLIENT_SECRET = env('FAGSYSTEM_CLIENT_SECRET', 'dev-fagsystem-secret');
const TEST_PERSONS_FILE = env('TEST_PERSONS_FILE', 'data/testpersons.json');
const OIDC_JWKS_FILE = env('OIDC_JWKS_FILE', 'data/oidc-jwks.json');

const IMPORT_RESOURCE = `${PORTAL_URL}/api/import`;
const IMPORT_SCOPE = 'minsak:import';

const LOA_HIGH = 'idporten-loa-high';
const LOA_SUBSTANTIAL = 'idporten-loa-substantial';
const ACR_OPTIONS = [
  { value: LOA_HIGH, text: 'Høyt (idporten-loa-high)' },
  { value: LOA_SUBSTANTIAL, text: 'Betydelig (idporten-loa-substantial)' },
];

const PAGE_TITLE = 'TestID – testinnlogging (utvikling)';
const DEV_WARNING = 'Dette er en innloggingstjeneste for utvikling og test. Den skal aldri brukes i produksjon.';

// ---------------------------------------------------------------------------
// Signing keys: persisted, because the portal caches the JWKS and a new key on
// every restart would make it reject fresh id_tokens.

function jwkThumbprint({ e, kty, n }) {
  // RFC 7638: SHA-256 over the required members in lexicographic order.
  return createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
}

function loadOrCreateJwks(file) {
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = privateKey.export({ format: 'jwk' });
    const key = { ...jwk, kid: jwkThumbprint(jwk), alg: 'RS256', use: 'sig' };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ keys: [key] }, null, 2)}\n`, { mode: 0o600 });
    console.log(`oidc: generated a new signing key in ${file}`);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const jwks = loadOrCreateJwks(OIDC_JWKS_FILE);
// Cookie signing keys derived from the private signing key: stable across
// restarts without a second secret to manage.
const cookieKeys = [createHash('sha256').update(`cookies:${jwks.keys[0].d}`).digest('base64url')];

// ---------------------------------------------------------------------------
// Test persons, written by the portal's demo seeder. Read on every use so a
// reseed needs no restart.

function readTestPersons() {
  let data;
  try {
    data = JSON.parse(readFileSync(TEST_PERSONS_FILE, 'utf8'));
  } catch (err) {
    if (err.code !== 'ENOENT') console.error(`oidc: cannot read ${TEST_PERSONS_FILE}: ${err.message}`);
    data = {};
  }
  return {
    citizens: Array.isArray(data.citizens) ? data.citizens : [],
    employees: Array.isArray(data.employees) ? data.employees : [],
  };
}

const isPid = (value) => /^\d{11}$/.test(value);

// Account ids carry their kind: "c:<pid>" for citizens, "e:<sub>" for
// employees. The `sub` the clients see is derived in pairwiseIdentifier.
function citizenSub(pid) {
  // Stable pseudonym like ID-porten's, never the fødselsnummer itself.
  return createHash('sha256').update(`minsak-testid:${pid}`).digest('hex').slice(0, 32);
}

function findAccountClaims(accountId) {
  const [kind, id] = [accountId.slice(0, 2), accountId.slice(2)];
  const persons = readTestPersons();
  if (kind === 'c:' && isPid(id)) {
    // A pid that is not in the file still logs in: the portal must refuse it.
    const person = persons.citizens.find((c) => c.pid === id);
    return { pid: id, name: person?.name ?? 'Ukjent testperson' };
  }
  if (kind === 'e:') {
    const employee = persons.employees.find((e) => e.sub === id);
    if (employee) {
      return { name: employee.name, roles: employee.roles ?? [], unit: employee.unit };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// HTML

const escapeHtml = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
}[c]));

const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;background:#f4f4f4}
header{background:#ffe066;border-bottom:3px solid #1a1a1a;padding:.75rem 1rem}
header p{margin:0;max-width:40rem;margin-inline:auto;font-weight:600}
main{max-width:40rem;margin:1rem auto;padding:1rem 1.25rem 1.5rem;background:#fff;border:1px solid #767676;border-radius:4px}
h1{font-size:1.5rem;margin:.25rem 0 .5rem}
fieldset{border:1px solid #767676;border-radius:4px;margin:1rem 0;padding:.5rem .75rem}
legend{font-weight:700;padding:0 .25rem}
.choice{display:flex;gap:.5rem;align-items:flex-start;padding:.4rem 0}
.choice input{margin-top:.3rem;flex:none;width:1.15rem;height:1.15rem}
.choice label{overflow-wrap:anywhere}
.detail{display:block;color:#4a4a4a;font-size:.9rem}
.field{margin:1rem 0}
.field label{display:block;font-weight:700}
.hint{display:block;color:#4a4a4a;font-size:.9rem}
input[type=text],select{font:inherit;width:100%;max-width:20rem;padding:.4rem;border:2px solid #4a4a4a;border-radius:4px;background:#fff;color:#1a1a1a}
.buttons{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.25rem}
button{font:inherit;font-weight:700;padding:.6rem 1.4rem;border-radius:4px;border:2px solid #0b4fa8;cursor:pointer}
.primary{background:#0b4fa8;color:#fff}
.secondary{background:#fff;color:#0b4fa8}
.error{border-left:6px solid #b3261e;background:#fdecea;color:#1a1a1a;padding:.5rem .75rem;margin:1rem 0}
a{color:#0b4fa8}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #ffe066}
`;

function page({ title = PAGE_TITLE, heading, body }) {
  return `<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><p>Utviklingsmiljø: ${escapeHtml(DEV_WARNING)}</p></header>
<main>
<h1>${escapeHtml(heading)}</h1>
${body}
</main>
</body>
</html>`;
}

function errorBox(message) {
  return message ? `<div class="error" role="alert" id="form-error"><p>${escapeHtml(message)}</p></div>` : '';
}

function radio({ id, name, value, checked, label, detail }) {
  return `<div class="choice"><input type="radio" id="${id}" name="${name}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}>
<label for="${id}">${escapeHtml(label)} <span class="detail">${escapeHtml(detail)}</span></label></div>`;
}

function loginForm({ uid, clientId, acr, selected, customPid, error }) {
  const persons = readTestPersons();
  const action = `/interaction/${encodeURIComponent(uid)}/login`;
  const noPersons = `<p>Fant ingen testpersoner i <code>${escapeHtml(TEST_PERSONS_FILE)}</code>. Kjør demo-seedingen for å lage dem.</p>`;
  const buttons = `<div class="buttons">
<button type="submit" class="primary" name="action" value="login">Logg inn</button>
<button type="submit" class="secondary" name="action" value="abort">Avbryt</button>
</div>`;

  if (clientId === 'employee') {
    const list = persons.employees.map((e, i) => radio({
      id: `employee-${i}`,
      name: 'employee',
      value: e.sub,
      checked: e.sub === selected,
      label: e.name,
      detail: [(e.roles ?? []).join(', '), e.unit, e.description].filter(Boolean).join(' – '),
    })).join('\n');
    return page({
      heading: 'TestID – innlogging for ansatte',
      body: `<p>Velg hvilken testansatt du vil logge inn som i Min sak.</p>
${errorBox(error)}
<form method="post" action="${action}">
<fieldset><legend>Velg testansatt</legend>
${list || noPersons}
</fieldset>
${buttons}
</form>`,
    });
  }

  const list = persons.citizens.map((c, i) => radio({
    id: `citizen-${i}`,
    name: 'pid',
    value: c.pid,
    checked: c.pid === selected,
    label: c.name,
    detail: [c.pid, c.description].filter(Boolean).join(' – '),
  })).join('\n');
  const options = ACR_OPTIONS.map((o) => `<option value="${o.value}"${o.value === acr ? ' selected' : ''}>${escapeHtml(o.text)}</option>`).join('');
  return page({
    heading: 'TestID – testinnlogging',
    body: `<p>Velg hvilken testperson du vil logge inn som i Min sak.</p>
${errorBox(error)}
<form method="post" action="${action}">
<fieldset><legend>Velg testperson</legend>
${list || noPersons}
</fieldset>
<div class="field">
<label for="custom-pid">Eller skriv inn et fødselsnummer</label>
<span class="hint" id="custom-pid-hint">11 siffer. Går foran valget over når feltet er fylt ut.</span>
<input type="text" id="custom-pid" name="custom_pid" inputmode="numeric" autocomplete="off" aria-describedby="custom-pid-hint${error && customPid ? ' form-error" aria-invalid="true' : ''}" value="${escapeHtml(customPid)}">
</div>
<div class="field">
<label for="acr">Sikkerhetsnivå</label>
<select id="acr" name="acr">${options}</select>
</div>
${buttons}
</form>`,
  });
}

function messagePage(heading, text) {
  return page({
    heading,
    body: `<p>${escapeHtml(text)}</p>\n<p><a href="${escapeHtml(PORTAL_URL)}/">Tilbake til Min sak</a></p>`,
  });
}

// ---------------------------------------------------------------------------
// Provider

const configuration = {
  clients: [
    {
      client_id: 'citizen',
      client_secret: CITIZEN_CLIENT_SECRET,
      client_name: 'Min sak',
      redirect_uris: [`${PORTAL_URL}/auth/callback`],
      post_logout_redirect_uris: [`${PORTAL_URL}/`, `${PORTAL_URL}/logget-ut`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      scope: 'openid profile',
      token_endpoint_auth_method: 'client_secret_basic',
    },
    {
      client_id: 'employee',
      client_secret: EMPLOYEE_CLIENT_SECRET,
      client_name: 'Min sak for ansatte',
      redirect_uris: [`${PORTAL_URL}/ansatt/auth/callback`],
      post_logout_redirect_uris: [`${PORTAL_URL}/ansatt`, `${PORTAL_URL}/logget-ut`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      scope: 'openid profile',
      token_endpoint_auth_method: 'client_secret_basic',
    },
    {
      client_id: 'fagsystem',
      client_secret: FAGSYSTEM_CLIENT_SECRET,
      client_name: 'Fagsystem (import)',
      redirect_uris: [],
      grant_types: ['client_credentials'],
      response_types: [],
      scope: IMPORT_SCOPE,
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks,
  cookies: { keys: cookieKeys },
  scopes: ['openid', IMPORT_SCOPE],
  claims: {
    // `acr` and `amr` are dropped unless listed.
    openid: ['sub', 'pid', 'acr', 'amr'],
    profile: ['name', 'roles', 'unit'],
  },
  // Lets `name`, `roles` and `unit` (profile scope) into the id_token; the
  // clients' scope still limits what each gets.
  conformIdTokenClaims: false,
  acrValues: [LOA_SUBSTANTIAL, LOA_HIGH],
  // Every subject is "pairwise" so that pairwiseIdentifier can turn account ids
  // into the `sub` values clients see: a hash for citizens (like ID-porten), the
  // seeder's own id for employees.
  subjectTypes: ['pairwise'],
  async pairwiseIdentifier(ctx, accountId) {
    return accountId.startsWith('c:') ? citizenSub(accountId.slice(2)) : accountId.slice(2);
  },
  async findAccount(ctx, accountId) {
    const claims = findAccountClaims(accountId);
    if (!claims) return undefined;
    return { accountId, claims: async () => ({ sub: accountId, ...claims }) };
  },
  pkce: { required: () => true, methods: ['S256'] },
  clientBasedCORS: () => false,
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // The import client gets the import API's JWT access token even if it
      // forgets the `resource` parameter; the browser clients get opaque
      // tokens for userinfo.
      defaultResource: async (ctx, client, oneOf) => oneOf
        ?? (client?.clientId === 'fagsystem' ? IMPORT_RESOURCE : undefined),
      async getResourceServerInfo(ctx, resourceIndicator, client) {
        if (resourceIndicator === IMPORT_RESOURCE && client.clientId === 'fagsystem') {
          return {
            audience: IMPORT_RESOURCE,
            scope: IMPORT_SCOPE,
            accessTokenTTL: 600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        }
        throw new errors.InvalidTarget();
      },
    },
    rpInitiatedLogout: {
      enabled: true,
      // `form` only holds the xsrf field; the confirm endpoint logs out only
      // when it also receives logout=yes.
      async logoutSource(ctx, form) {
        const withLogout = form.replace('</form>', '<input type="hidden" name="logout" value="yes">'
          + '<div class="buttons"><button type="submit" class="primary">Logg ut</button></div></form>');
        ctx.type = 'html';
        ctx.body = page({
          heading: 'Logg ut fra TestID',
          body: `<p>Vil du logge ut fra testinnloggingen?</p>\n${withLogout}`,
        });
      },
      async postLogoutSuccessSource(ctx) {
        ctx.type = 'html';
        ctx.body = messagePage('Du er logget ut', 'Du er logget ut fra testinnloggingen.');
      },
    },
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page({
      title: `Feil – ${PAGE_TITLE}`,
      heading: 'Noe gikk galt',
      body: `<p>Testinnloggingen kunne ikke fullføres.</p>
<dl>${Object.entries(out).map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<p><a href="${escapeHtml(PORTAL_URL)}/">Tilbake til Min sak</a></p>`,
    });
  },
  interactions: {
    url: async (ctx, interaction) => `/interaction/${interaction.uid}`,
  },
  ttl: {
    AccessToken: 600,
    AuthorizationCode: 60,
    IdToken: 600,
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
    ClientCredentials: 600,
  },
};

const provider = new Provider(ISSUER, configuration);
provider.proxy = false;

for (const event of ['server_error', 'authorization.error', 'grant.error', 'end_session.error']) {
  provider.on(event, (ctx, err) => console.error(`oidc: ${event}: ${err.message}${err.error_description ? ` (${err.error_description})` : ''}`));
}

// ---------------------------------------------------------------------------
// Interaction routes: /interaction/:uid (GET, the login page) and
// /interaction/:uid/login (POST, login or abort). Everything else goes to the
// provider.

// Grants everything the client asked for, so there is never a consent screen.
async function grantAll(details, accountId) {
  let grant = details.grantId && await provider.Grant.find(details.grantId);
  // The interaction carries the grant of the session's current account, which
  // is not ours when the user switches person.
  if (grant?.accountId !== accountId) {
    grant = new provider.Grant({ accountId, clientId: details.params.client_id });
  }
  // The `claims` request parameter is not enabled, so the scope is all there is.
  grant.addOIDCScope(details.params.scope);
  return grant.save();
}

// When the browser already has a session for another account, oidc-provider
// would first end it through an English, JavaScript-driven "Submitting
// Callback" page. Ending it here instead makes switching person seamless: the
// resume step then starts a fresh session.
async function endOtherSession(details, accountId) {
  const { session } = details;
  if (!session?.accountId || session.accountId === accountId) return;
  await (await provider.Session.findByUid(session.uid))?.destroy();
  delete details.session;
  await details.save(details.exp - Math.floor(Date.now() / 1000));
}

function requestedAcr(acrValues) {
  const known = String(acrValues ?? '').split(' ').find((v) => ACR_OPTIONS.some((o) => o.value === v));
  return known ?? LOA_HIGH;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 64 * 1024) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

function sendHtml(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

async function handleInteraction(req, res, uid, subpath) {
  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch (err) {
    if (err instanceof errors.SessionNotFound) {
      sendHtml(res, 400, messagePage('Innloggingen er utløpt', 'Start innloggingen på nytt fra Min sak.'));
      return;
    }
    throw err;
  }
  if (details.uid !== uid) {
    sendHtml(res, 400, messagePage('Ugyldig innlogging', 'Start innloggingen på nytt fra Min sak.'));
    return;
  }
  const clientId = details.params.client_id;

  if (req.method === 'GET' && subpath === '') {
    if (details.prompt.name === 'consent') {
      const grantId = await grantAll(details, details.session.accountId);
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    sendHtml(res, 200, loginForm({ uid, clientId, acr: requestedAcr(details.params.acr_values) }));
    return;
  }

  if (req.method !== 'POST' || subpath !== '/login') {
    sendHtml(res, 404, messagePage('Fant ikke siden', 'Adressen finnes ikke.'));
    return;
  }

  const form = await readForm(req);
  if (form.get('action') === 'abort') {
    await provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'Brukeren avbrøt innloggingen',
    }, { mergeWithLastSubmission: false });
    return;
  }

  let accountId;
  let acr = LOA_HIGH;
  let error;
  if (clientId === 'employee') {
    const sub = form.get('employee') ?? '';
    if (readTestPersons().employees.some((e) => e.sub === sub)) accountId = `e:${sub}`;
    else error = 'Velg en testansatt.';
  } else {
    const customPid = (form.get('custom_pid') ?? '').replace(/\s/g, '');
    const pid = customPid || (form.get('pid') ?? '');
    acr = requestedAcr(form.get('acr'));
    if (customPid && !isPid(customPid)) error = 'Fødselsnummeret må være 11 siffer.';
    else if (!isPid(pid)) error = 'Velg en testperson eller skriv inn et fødselsnummer.';
    else accountId = `c:${pid}`;
  }

  if (error) {
    sendHtml(res, 400, loginForm({
      uid,
      clientId,
      acr,
      selected: form.get('pid') ?? form.get('employee'),
      customPid: form.get('custom_pid'),
      error,
    }));
    return;
  }

  await endOtherSession(details, accountId);
  const grantId = await grantAll(details, accountId);
  await provider.interactionFinished(req, res, {
    login: { accountId, acr, amr: ['TestID'] },
    consent: { grantId },
  }, { mergeWithLastSubmission: false });
}

const providerCallback = provider.callback();

async function handle(req, res) {
  const match = /^\/interaction\/([^/?]+)(\/[^?]*)?(?:\?.*)?$/.exec(req.url);
  if (!match) {
    providerCallback(req, res);
    return;
  }
  try {
    await handleInteraction(req, res, decodeURIComponent(match[1]), match[2] ?? '');
  } catch (err) {
    console.error('oidc: interaction failed:', err);
    if (!res.headersSent) sendHtml(res, 500, messagePage('Noe gikk galt', 'Start innloggingen på nytt fra Min sak.'));
  }
}

// ---------------------------------------------------------------------------
// Server: loopback only, on both IPv4 and (where available) IPv6, because
// "localhost" may resolve to either.

console.warn('*** DEVELOPMENT OIDC PROVIDER (TestID) – anyone can log in as anyone. Never use in production. ***');

function listen(host) {
  const server = http.createServer(handle);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT, host, () => resolve(server));
  });
}

const servers = [await listen('127.0.0.1')];
try {
  servers.push(await listen('::1'));
} catch (err) {
  if (!['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(err.code)) throw err;
}
console.log(`oidc provider listening on ${ISSUER}`);

async function shutdown(signal) {
  console.log(`oidc: ${signal} received, shutting down`);
  await Promise.all(servers.map((server) => new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  })));
  // The in-memory adapter's timers would keep the process alive.
  process.exit(0);
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);

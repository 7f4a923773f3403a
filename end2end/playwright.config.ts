import { defineConfig, devices } from '@playwright/test';

// The suite runs against the portal binary (MINSAK_BIN; CI: the one the Rust tests
// built) and the release site, with a fresh SQLite database seeded with
// the demo data, and the dev OIDC provider: logins are real, nothing is bypassed.
const portalPort = Number(process.env.E2E_PORTAL_PORT ?? 3100);
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 9190);
const portal = `http://localhost:${portalPort}`;
const issuer = `http://localhost:${oidcPort}`;
const dataDir = process.env.E2E_DATA_DIR ?? 'target/e2e-data';
const databaseUrl = process.env.E2E_DATABASE_URL ?? `sqlite://${dataDir}/e2e.db`;
const bin = process.env.MINSAK_BIN ?? 'target/release/minsak';
// maildev catches the notices' e-mail (SMTP), and its REST API shows the specs what came.
const maildevSmtp = Number(process.env.E2E_MAILDEV_SMTP_PORT ?? 1125);
const maildevWeb = Number(process.env.E2E_MAILDEV_WEB_PORT ?? 1180);

const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};

const desktop = { ...devices['Desktop Chrome'], launchOptions: chromium };
const phone = {
  viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  userAgent: devices['Pixel 7'].userAgent, launchOptions: chromium,
};

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: portal, trace: 'off', locale: 'nb-NO' },
  projects: [
    { name: 'desktop', use: { ...desktop } },
    { name: 'desktop-nojs', use: { ...desktop, javaScriptEnabled: false } },
    { name: 'phone', use: { ...phone } },
    { name: 'phone-nojs', use: { ...phone, javaScriptEnabled: false } },
  ],
  webServer: [
    {
      command: `end2end/node_modules/.bin/maildev --ip 127.0.0.1 -s ${maildevSmtp} -w ${maildevWeb} --silent`,
      cwd: '..',
      url: `http://127.0.0.1:${maildevWeb}/email`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node end2end/oidc/provider.mjs',
      cwd: '..',
      url: `${issuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: {
        OIDC_PORT: String(oidcPort), OIDC_ISSUER: issuer, PORTAL_URL: portal,
        TEST_PERSONS_FILE: `${dataDir}/testpersons.json`, OIDC_JWKS_FILE: `${dataDir}/oidc-jwks.json`,
      },
    },
    {
      command: `rm -rf ${dataDir}/e2e.db* && mkdir -p ${dataDir} && ${bin} seed --leak-check ${dataDir}/leakcheck.json && ${bin} serve`,
      cwd: '..',
      url: `${portal}/readyz`,
      // The portal's log (warnings and errors only) shows why a login or request failed.
      stdout: 'pipe',
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        DATABASE_URL: databaseUrl, MINSAK_LISTEN: `127.0.0.1:${portalPort}`, MINSAK_PUBLIC_URL: portal,
        OIDC_ISSUER: issuer, TEST_PERSONS_FILE: `${dataDir}/testpersons.json`, MINSAK_LOG: 'warn',
        AUDIT_KEY_FILE: `${dataDir}/audit-signing.key`, FILE_STORE_URL: `${dataDir}/files`,
        // Notices within 3 s become one, and the worker looks twice a second.
        SMTP_URL: `smtp://127.0.0.1:${maildevSmtp}`, NOTICE_BATCH_SECONDS: '3', NOTICE_POLL_MS: '500',
        SMS_SINK_FILE: `${dataDir}/sms.jsonl`,
      },
    },
  ],
});

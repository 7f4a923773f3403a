import { test, expect } from '@playwright/test';
import { login, person } from './helpers';
import { importApi as api, importToken } from './import-client';

// The import API against the real dev provider: the fagsystem client gets a JWT access
// token with client credentials, pushes a document into the demo case, and the mother
// in that case does not see it, because nobody has decided on its release yet.

// Unique per run: the database is fresh per suite run, but the title must not match
// anything in the demo data.
const title = `Importert brev ${Date.now()}`;
const docId = `e2e-import-${Date.now()}`;

const document = {
  case_id: 'case-a',
  doc_type: 'BREV',
  title,
  doc_date: '2026-01-15',
  body: [{ kind: 'h', text: title }, { kind: 'p', text: 'Dette brevet kom fra fagsystemet.' }],
};

test('the fagsystem imports a document that stays hidden until a release decision', async ({ page, request, javaScriptEnabled, isMobile }) => {
  test.skip(!javaScriptEnabled || isMobile, 'an API test: run once, in the desktop project');
  const token = await importToken(request);
  const auth = { authorization: `Bearer ${token}` };

  // No token: 401 with a Bearer challenge, nothing written.
  const anonymous = await request.put(`${api}/documents/${docId}`, { data: document });
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()['www-authenticate']).toMatch(/^Bearer/);

  // Create, then repeat: idempotent.
  const created = await request.put(`${api}/documents/${docId}`, { data: document, headers: auth });
  expect(created.status(), await created.text()).toBe(201);
  expect((await created.json()).result).toBe('created');
  const again = await request.put(`${api}/documents/${docId}`, { data: document, headers: auth });
  expect(again.status()).toBe(200);
  expect((await again.json()).result).toBe('unchanged');

  // A malformed body names the field in error.
  const bad = await request.put(`${api}/documents/${docId}`, {
    data: { ...document, body: [{ kind: 'div', text: '<b>x</b>' }] },
    headers: auth,
  });
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toMatchObject({ error: 'invalid_value', field: '$.body[0].kind' });
  const notJson = await request.put(`${api}/documents/${docId}`, {
    data: Buffer.from('{"case_id":'),
    headers: { ...auth, 'content-type': 'application/json' },
  });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).field).toBe('$');

  // A PDF over the 10 MB default is refused with 413.
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]);
  const tooLarge = await request.put(`${api}/documents/${docId}-pdf`, {
    data: { ...document, pdf_base64: pdf.toString('base64') },
    headers: auth,
  });
  expect(tooLarge.status()).toBe(413);

  // The OpenAPI document is public documentation.
  const openapi = await request.get(`${api}/openapi.json`);
  expect(openapi.status()).toBe(200);
  expect((await openapi.json()).openapi).toBe('3.1.0');

  // The mother sees the case's shared documents, but not the imported one.
  await login(page, person('Mor i Heimdal-sak'));
  await expect(page).toHaveURL(/\/mine-saker$/);
  await page.goto('/sak/case-a/dokumenter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dokumenter i saken til Nora' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vedtak om hjelpetiltak for Nora' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(title);
  const direct = await page.goto(`/sak/case-a/dokumenter/${docId}`);
  await expect(page.locator('body')).not.toContainText('Dette brevet kom fra fagsystemet.');
  expect(direct?.status()).not.toBe(500);
});

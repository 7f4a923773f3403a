import { test, expect, type APIRequestContext } from '@playwright/test';
import { freshLeakCheck, login, staffLogin } from './helpers';
import { family, importApi, importFamily, importToken, portal } from './import-client';

// Notices (issue 16), as maildev receives them: a family imported with its contact
// register details (the mother may be notified by e-mail; the father is reserved; the
// youth cannot be notified). The mother last logged in in English. The caseworker
// writes to the mother and to the father: the mother gets one e-mail, in English, with
// a stable Message-ID, saying only that something new waits in Min sak; the father and
// the youth get none, and the case page tells the caseworker that they need paper.
// She writes to the service, and the case's caseworker is told at work. Every mail
// maildev caught in the whole run holds no sentinel, name or case word.
// A malformed address is refused by the import.

const CASEWORKER = 'demo-saksbehandler-lerkendal-1';
const maildev = `http://127.0.0.1:${process.env.E2E_MAILDEV_WEB_PORT ?? 1180}`;

type Mail = { subject: string; text: string; to: { address: string }[]; headers: Record<string, string> };

async function mails(request: APIRequestContext): Promise<Mail[]> {
  const res = await request.get(`${maildev}/email`);
  expect(res.ok()).toBe(true);
  return res.json();
}

const to = (all: Mail[], address: string) => all.filter((m) => m.to.some((t) => t.address === address));

test('a party is told by e-mail in her language that something waits, and nothing more; reserved parties get none', async ({ page, browser }, info) => {
  test.skip(info.project.name !== 'desktop', 'what is sent does not depend on the browser');
  test.setTimeout(90_000);
  const stamp = Date.now();
  const f = family(stamp, info.project.name, { tag: 'varsel', shiftDays: 33 });
  const address = { mother: `varsel-mor-${stamp}@example.org`, father: `varsel-far-${stamp}@example.org`, youth: `varsel-ung-${stamp}@example.org` };
  const [mother, father, youth] = f.batch.persons;
  Object.assign(mother, { email: address.mother, notification_status: 'KAN_VARSLES' });
  Object.assign(father, { email: address.father, mobile: '99999999', reserved_digital: true });
  Object.assign(youth, { email: address.youth, notification_status: 'KAN_IKKE_VARSLES' });

  // A malformed address is refused, saying which field.
  const token = await importToken(page.request);
  const bad = structuredClone(f.batch);
  Object.assign(bad.persons[0], { email: 'ikke en adresse' });
  const refused = await page.request.post(`${importApi}/batch`, { data: bad, headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(422);
  expect(await refused.text()).toContain('email');
  await importFamily(page.request, f);

  // The mother uses the portal in English.
  await page.context().addCookies([{ name: 'minsak_lang', value: 'en', url: portal }]);
  await login(page, { pid: f.pids.mother });
  // She writes to the service: the case's caseworker is told (in bokmål, at work).
  const staffSubject = 'Ny melding i Min sak';
  const toStaff = async () => (await mails(page.request)).filter((m) => m.subject === staffSubject);
  const staffBefore = (await toStaff()).length;
  await page.goto(`/sak/${f.caseId}/meldinger`);
  await page.locator('main [name=emne]').fill(`Question ${f.title}`);
  await page.locator('main [name=tekst]').fill('When can we meet?');
  await page.locator('main button[type=submit]', { hasText: 'Send' }).click();
  await expect(page.locator('#kvittering')).toBeVisible();
  await expect.poll(async () => (await toStaff()).length, { timeout: 20_000 }).toBe(staffBefore + 1);
  const [staffMail] = (await toStaff()).slice(-1);
  expect(staffMail.to[0].address).toMatch(/@[a-z-]+\.example$/);
  expect(staffMail.text).toContain('Logg inn som ansatt');

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await staffLogin(staff, CASEWORKER);
  await staff.goto(`/ansatt/sak/${f.caseId}`);
  const header = (name: string) => staff.locator('main thead th', { hasText: name });
  await expect(header('Frode Importsen')).toContainText('Må få brev på papir');
  await expect(header('Ylva Importsen')).toContainText('Må få brev på papir');
  await expect(header('Marte Importsen')).not.toContainText('Må få brev på papir');
  const subjects: string[] = [];
  for (const name of ['Marte Importsen', 'Frode Importsen']) {
    await staff.goto(`/ansatt/sak/${f.caseId}/meldinger`);
    const form = staff.locator('#ny');
    await form.getByLabel('Til').selectOption({ label: name });
    const subject = `Møtetid for ${name} ${f.title}`;
    subjects.push(subject);
    await form.getByLabel('Emne').fill(subject);
    await form.getByLabel('Melding', { exact: true }).fill(`Vi foreslår tirsdag. ${f.secret}`);
    await form.getByRole('button', { name: 'Send' }).click();
    await expect(staff.locator('#kvittering')).toHaveText('Meldingen er sendt.');
  }
  await staffContext.close();

  // One e-mail to the mother, after the batch window, in English.
  await expect.poll(async () => to(await mails(page.request), address.mother).length, { timeout: 20_000 }).toBe(1);
  const [mail] = to(await mails(page.request), address.mother);
  expect(mail.subject).toBe('News in Min sak');
  expect(mail.text).toContain('There is something new for you in Min sak.');
  expect(mail.headers['message-id']).toMatch(/^<[0-9a-f-]{36}@example\.org>$/);
  // Nothing for the reserved father or the youth who cannot be notified, even after
  // the window has passed twice more.
  await page.waitForTimeout(6_000);
  const all = await mails(page.request);
  expect(to(all, address.father)).toEqual([]);
  expect(to(all, address.youth)).toEqual([]);
  expect(to(all, address.mother)).toHaveLength(1);

  // No notice maildev caught in this run says anything about anyone's case.
  const leak = freshLeakCheck();
  const words = [
    ...leak.all_sentinels, ...leak.persons.map((p) => p.name), ...leak.persons.flatMap((p) => p.name.split(' ')),
    ...subjects, f.title, f.secret, 'Marte', 'Frode', 'Ylva', 'Importsen', 'barnevern', 'Barnevern', 'Lerkendal',
    'Trondheim', 'vedtak', 'samtykke', 'klage', 'http', 'www.',
  ].filter((w) => w.length >= 3);
  expect(all.length).toBeGreaterThan(0);
  for (const m of all) {
    for (const w of words) {
      expect(`${m.subject}\n${m.text}`, `a notice says ${w}`).not.toContain(w);
    }
  }
});

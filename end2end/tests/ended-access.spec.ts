import { test, expect } from '@playwright/test';
import { login, person, expectAccessible, expectNoHorizontalScroll, staffLogin, type TestPerson } from './helpers';
import { citizen, family, importFamily, isoDate, yearsAgo } from './import-client';

// Issue 11, point 4: a parent whose access ended (here: the daughter turned 18) is told
// so on "Mine saker": which child (first name only), why, from which day (in words),
// what the young adult can do and whom to contact. Nothing else of the case reaches
// them: no link, no unit, no phase, no document, and the case itself stays "not found".
// Someone who never had a case still sees the plain line.

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august',
  'september', 'oktober', 'november', 'desember'];

/** The 18th birthday of a 21st-century demo person, from the synthetic national id
 * (DDMMYY with month + 80); a 29 February birth has it on 1 March in common years. */
function eighteenthBirthday(who: TestPerson): { iso: string; words: string } {
  const day = Number(who.pid.slice(0, 2));
  const month = Number(who.pid.slice(2, 4)) - 80;
  const year = 2000 + Number(who.pid.slice(4, 6)) + 18;
  const date = new Date(Date.UTC(year, month - 1, day));
  const [d, m] = date.getUTCMonth() === month - 1 ? [day, month] : [1, 3];
  const iso = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso, words: `${d}. ${MONTHS[m - 1]} ${year}` };
}

// What the demo's case about Amina holds and a former party must never see.
const CASE_DATA = [
  'Amina Hassan', 'Østbyen', /ettervern/i, 'Vedtak om omsorgsovertakelse', 'Vedtak om ettervern',
  'Plan for ettervern', 'Evaluering av ettervern', 'fostermor', /LEAK-/,
];

test('a mother whose daughter turned 18 is told why, since when and whom to call, and sees nothing of the case', async ({ page }) => {
  const birthday = eighteenthBirthday(person('Amina, 19 år'));
  await login(page, person('Mor til Amina (19)'));
  await expect(page).toHaveURL(/\/mine-saker$/);
  const main = page.locator('main');
  await expect(main.getByRole('heading', { name: 'Saker du ikke lenger ser' })).toBeVisible();
  const notice = main.locator('.ended-case');
  await expect(notice).toHaveCount(1);
  await expect(notice.getByRole('heading', { name: 'Saken om Amina' })).toBeVisible();
  await expect(notice).toContainText(`Amina fylte 18 år ${birthday.words}.`);
  await expect(notice).toContainText('Fra den dagen er du ikke lenger part i saken');
  await expect(notice.locator('time')).toHaveAttribute('datetime', birthday.iso);
  await expect(notice).toContainText('Hvis Amina ønsker det, kan Amina dele dokumenter med deg.');
  await expect(notice).toContainText('be barnevernstjenesten om innsyn');
  // Whom to contact: the service itself, with a number to dial.
  await expect(notice.getByRole('heading', { name: 'Kontakt barnevernstjenesten' })).toBeVisible();
  await expect(notice.locator('a[href="tel:00001000"]')).toHaveText('00 00 10 00');
  await expect(notice).toContainText('Trondheim kommune – barnevernstjenesten');

  // Not the plain line, and no way into the case or anything from it.
  await expect(main).not.toContainText('Du er ikke part i noen saker som vises her.');
  await expect(main.locator('a[href^="/sak/"]')).toHaveCount(0);
  const html = await page.content();
  for (const what of CASE_DATA) {
    if (typeof what === 'string') expect(html, what).not.toContain(what);
    else expect(html, String(what)).not.toMatch(what);
  }
  await expect(main).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  const direct = await page.request.get('/sak/case-c', { maxRedirects: 0 });
  expect(direct.status()).toBe(404);
  expect(await direct.text()).not.toContain('Vedtak om omsorgsovertakelse');
});

test('someone who never had a case sees the plain line and no ended notice', async ({ page }) => {
  await login(page, person('Henrik, 45 år'));
  const main = page.locator('main');
  await expect(main.getByText('Du er ikke part i noen saker som vises her.')).toBeVisible();
  await expect(main.locator('.ended-case')).toHaveCount(0);
  await expect(main).not.toContainText('Saker du ikke lenger ser');
});

test('a case that moved to another service tells its parents and the youth where it went, and shows nothing of it', async ({ page, request }, info) => {
  test.setTimeout(90_000);
  const to = 'Bodø kommune – barneverntjenesten';
  const movedOn = isoDate(yearsAgo(0, 5));
  const f = family(Date.now(), info.project.name, { tag: 'flyttet', shiftDays: 12, caseFields: { moved_to: to, moved_on: movedOn } });
  await importFamily(request, f);

  for (const [pid, heading] of [[f.pids.mother, 'Saken om Ylva'], [f.pids.youth, 'Saken din']]) {
    await citizen(page, pid);
    const main = page.locator('main');
    const notice = main.locator('.ended-case');
    await expect(notice).toHaveCount(1);
    await expect(notice.getByRole('heading', { name: heading })).toBeVisible();
    await expect(notice).toContainText(`har ${to} saken`);
    await expect(notice.locator('time')).toHaveAttribute('datetime', movedOn);
    await expect(notice).toContainText(`Har du spørsmål om saken nå, kontakt ${to}.`);
    await expect(notice).toContainText('før saken ble flyttet');
    // The service that had the case, to ask for the documents from before.
    await expect(notice).toContainText('Trondheim kommune – barnevernstjenesten');
    await expect(main.locator('a[href^="/sak/"]')).toHaveCount(0);
    const html = await page.content();
    for (const what of [f.title, f.secret, f.open, 'Lerkendal']) expect(html, what).not.toContain(what);
    await expect(main).not.toContainText(/\d{4}-\d{2}-\d{2}/);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    const direct = await page.request.get(`/sak/${f.caseId}`, { maxRedirects: 0 });
    expect(direct.status()).toBe(404);
    expect(await direct.text()).not.toContain(f.title);
  }

  // The caseworker still has the case, and is told that nothing shared reaches anyone.
  await staffLogin(page, 'demo-saksbehandler-lerkendal-1');
  await page.goto(`/ansatt/sak/${f.caseId}`);
  await expect(page.locator('main')).toContainText(`Saken går over til ${to} fra og med`);
  await expect(page.locator('main')).toContainText('Fra den dagen ser ingen part saken her');
  await expectAccessible(page);
});

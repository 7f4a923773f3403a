import { test, expect } from '@playwright/test';
import { expectAccessible, expectFitsAt320, sameOrigin, staffLogin } from './helpers';
import { citizen, family, importFamily } from './import-client';

// Issue 15, first part, on a family imported for this project: the mother writes to the
// service → the caseworker finds it new in the unit's inbox and opens it → the mother's
// page says the service read it → the caseworker answers → the mother reads it and the
// caseworker sees that. The father sees none of it. A double submit is one message, a
// refused send keeps what was typed, and markup in a message is shown as text.

const CASEWORKER = 'demo-saksbehandler-lerkendal-1';

test('a mother writes, the service reads and answers, and the father sees nothing', async ({ page }, info) => {
  test.setTimeout(120_000);
  const f = family(Date.now(), info.project.name, { tag: 'post', shiftDays: 18 });
  await importFamily(page.request, f);
  const main = page.locator('main');
  const subject = `Skoleskyss ${f.title}`;
  const text = 'Kan dere ringe meg etter klokka 15?\nHilsen Marte <script>alert(1)</script>';

  await citizen(page, f.pids.mother);
  await page.goto(`/sak/${f.caseId}`);
  await main.getByRole('link', { name: 'Gå til meldingene' }).click();
  await expect(page.locator('h1')).toHaveText('Meldinger');
  await expectAccessible(page);
  // A refusal keeps what was typed.
  await main.getByLabel('Emne').fill(subject);
  await main.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#skjemafeil')).toContainText('Skriv en melding.');
  await expect(main.getByLabel('Emne')).toHaveValue(subject);
  // Keyboard only: into the text, past the file field, to the button.
  await main.getByLabel('Melding', { exact: true }).focus();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Tab');
  await expect(main.getByLabel('Vedlegg (valgfritt)')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#kvittering')).toHaveText('Meldingen er sendt.');
  await expect(page.locator('h1')).toHaveText(subject);
  const threadUrl = new URL(page.url()).pathname;
  const threadId = threadUrl.split('/').pop() ?? '';
  const body = main.locator('.message__body').first();
  // Stored as written: the line break kept, the markup shown as text.
  expect(await body.innerText()).toBe(text);
  expect(await page.locator('script:text("alert(1)")').count()).toBe(0);
  await expect(main).toContainText('Ikke lest ennå');

  // The same form sent again (a double click, a retried post) is one message.
  const again = { nokkel: '7e7e7e7e-0000-4000-8000-' + String(Date.now()).slice(-12).padStart(12, '0'), tekst: 'Bare én gang' };
  for (let i = 0; i < 2; i++) {
    const res = await page.request.post(`${threadUrl}/svar`, { form: again, headers: sameOrigin, maxRedirects: 0 });
    expect(res.status()).toBe(303);
  }
  await page.goto(threadUrl);
  await expect(main.locator('.message__body', { hasText: 'Bare én gang' })).toHaveCount(1);

  // The caseworker finds it new in the inbox and opens it.
  await staffLogin(page, CASEWORKER);
  await page.goto('/ansatt/meldinger');
  const fresh = main.locator('section', { has: page.getByRole('heading', { name: /^Nye/ }) });
  await expect(fresh.locator(`a[href="/ansatt/sak/${f.caseId}/meldinger/${threadId}"]`)).toBeVisible();
  await expectAccessible(page);
  await fresh.locator(`a[href="/ansatt/sak/${f.caseId}/meldinger/${threadId}"]`).click();
  await expect(page.locator('h1')).toHaveText(subject);
  await expectAccessible(page);
  await main.getByLabel('Melding', { exact: true }).fill('Vi ringer deg i morgen klokka 15.30.');
  await main.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Meldingen er sendt.');
  await expect(main).toContainText('Status: Venter på parten');
  await expectFitsAt320(page);

  // The mother sees that the service read hers, and reads the answer.
  await citizen(page, f.pids.mother);
  await page.goto(threadUrl);
  await expect(main.locator('.message--own').first()).toContainText('Lest av barneverntjenesten');
  await expect(main).toContainText('Vi ringer deg i morgen klokka 15.30.');

  await staffLogin(page, CASEWORKER);
  await page.goto(`/ansatt/sak/${f.caseId}/meldinger/${threadId}`);
  await expect(main.locator('.message--own').last()).toContainText('Lest av parten');

  // The father: no thread, and the mother's is "not found".
  await citizen(page, f.pids.father);
  await page.goto(`/sak/${f.caseId}/meldinger`);
  await expect(main).toContainText('Ingen meldinger ennå.');
  await expect(main).not.toContainText(subject);
  const res = await page.goto(threadUrl);
  expect(res?.status()).toBe(404);
  await expect(page.locator('body')).not.toContainText('klokka 15');
});

import { test, expect } from '@playwright/test';
import { expectAccessible, staffLogin } from './helpers';
import { citizen, family, importFamily } from './import-client';

// A thread open on both sides updates itself (server-sent events, one small island): on
// a family imported for this project, the mother writes and keeps the thread open →
// the caseworker opens it and answers → the answer appears on the mother's page without
// a reload, as text → her reply appears on the caseworker's open page. Without
// JavaScript the page is complete and a reload shows what is new.

const CASEWORKER = 'demo-saksbehandler-lerkendal-1';

test('a new message reaches the thread page open on the other side', async ({ page, browser, javaScriptEnabled }, info) => {
  test.setTimeout(120_000);
  const f = family(Date.now(), info.project.name, { tag: 'live', shiftDays: 30 });
  await importFamily(page.request, f);
  const main = page.locator('main');
  const answer = 'Vi ringer deg i morgen. <script>alert(1)</script>';
  const reply = `Takk, det passer (${f.title}).`;

  await citizen(page, f.pids.mother);
  await page.goto(`/sak/${f.caseId}/meldinger`);
  await main.getByLabel('Emne').fill(`Samvær ${f.title}`);
  await main.getByLabel('Melding', { exact: true }).fill('Kan vi snakke om samværet i jula?');
  await main.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Meldingen er sendt.');
  const threadUrl = new URL(page.url()).pathname;
  const threadId = threadUrl.split('/').pop() ?? '';
  const list = main.locator('ol.messages');
  await expect(list.locator('li')).toHaveCount(1);
  if (javaScriptEnabled) await expect(list).toHaveAttribute('data-listening', 'true');
  await expectAccessible(page);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await staffLogin(staff, CASEWORKER);
  await staff.goto(`/ansatt/sak/${f.caseId}/meldinger/${threadId}`);
  await staff.locator('main').getByLabel('Melding', { exact: true }).fill(answer);
  await staff.locator('main').getByRole('button', { name: 'Send' }).click();
  await expect(staff.locator('#kvittering')).toHaveText('Meldingen er sendt.');

  if (javaScriptEnabled) {
    // On the mother's page, which was not reloaded: the answer, as text.
    await expect(list.locator('li')).toHaveCount(2);
    await expect(list.locator('li').last().locator('.message__body')).toHaveText(answer);
    expect(await page.locator('script:text("alert(1)")').count()).toBe(0);
    await expect(staff.locator('main ol.messages')).toHaveAttribute('data-listening', 'true');
  } else {
    await expect(list.locator('li')).toHaveCount(1);
    await page.reload();
    await expect(list.locator('li').last().locator('.message__body')).toHaveText(answer);
  }
  // Delivered to her open page: the service sees it read.
  await staff.reload();
  await expect(staff.locator('main .message--own').last()).toContainText('Lest av parten');

  await main.getByLabel('Melding', { exact: true }).fill(reply);
  await main.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#kvittering')).toHaveText('Meldingen er sendt.');
  const staffList = staff.locator('main ol.messages');
  if (javaScriptEnabled) {
    await expect(staffList.locator('li')).toHaveCount(3);
    await expect(staffList.locator('li').last()).toContainText(reply);
  } else {
    await staff.reload();
    await expect(staffList.locator('li').last()).toContainText(reply);
  }
  await staffContext.close();
});

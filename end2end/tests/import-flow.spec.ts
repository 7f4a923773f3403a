import { test, expect, type Page } from '@playwright/test';
import { citizenProbes, expectAccessible, expectNoHorizontalScroll, login, probe, reviewAndConfirm, staffLogin } from './helpers';
import { citizen, family, importFamily, recordResponses } from './import-client';

// The whole path of one document, as the issue describes it: the fagsystem imports a
// family, a case and a document through the import API; the document lands in the
// caseworker's release queue; the caseworker shares it with the mother, withholds it
// from the father (ground and justification) and redacts part of it for the youth;
// then each of them logs in through the provider and sees exactly that. With
// JavaScript the redaction is made by selecting text in the editor island; without,
// by ticking the whole paragraph. Every project imports its own family, so the four
// projects never see each other's data.

const CASEWORKER = 'demo-saksbehandler-lerkendal-1';

test('an imported document is released per party, and each party sees exactly that', async ({ page, request, javaScriptEnabled }, info) => {
  test.setTimeout(120_000);
  const f = family(Date.now(), info.project.name);
  await importFamily(request, f);

  // The caseworker finds it in the queue, every party still undecided.
  await staffLogin(page, CASEWORKER);
  await page.getByRole('link', { name: 'Beslutningskø' }).first().click();
  const row = page.getByRole('row').filter({ hasText: f.title });
  await expect(row).toContainText('Ylva Importsen');
  await expect(row).toContainText('Marte Importsen');
  await expect(row).toContainText('Frode Importsen');
  await page.getByRole('link', { name: f.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();

  const choose = async (party: string, choice: RegExp) => {
    await page.getByRole('checkbox', { name: new RegExp(`^${party}`) }).check();
    await page.getByRole('radio', { name: choice }).check();
  };
  const save = async () => {
    await reviewAndConfirm(page);
    await expect(page.getByText('Vurderingen er lagret for én part.')).toBeVisible();
  };

  await choose('Marte Importsen', /Del hele dokumentet/);
  await save();

  await choose('Frode Importsen', /Unnta fra innsyn/);
  await page.getByLabel('Hjemmel').selectOption('FVL-19-2B');
  await page.getByLabel(/Merinnsyn er vurdert/).check();
  await page.getByLabel('Begrunnelse (vises for parten)').fill(`Hensynet til Ylva veier tyngst (${f.title}).`);
  await save();

  await choose('Ylva Importsen', /Del med sladding/);
  await page.getByLabel('Hjemmel').selectOption('FVL-19-2B');
  await page.getByLabel(/Merinnsyn er vurdert/).check();
  await page.getByLabel('Begrunnelse (vises for parten)').fill('Det Ylva sa i fortrolighet er tatt ut.');
  if (javaScriptEnabled) {
    // Select the sentence in the editor island, as a caseworker would with the mouse.
    await expect(page.locator('.redaction-editor')).toHaveAttribute('data-hydrated', 'true');
    await page.evaluate((secret) => {
      const block = [...document.querySelectorAll('.redaction-source [data-block]')]
        .find((b) => b.textContent?.includes(secret));
      const text = [...(block?.childNodes ?? [])].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(secret));
      if (!text?.textContent) throw new Error('the paragraph is not in the editor');
      const start = text.textContent.indexOf(secret);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + secret.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }, f.secret);
    await page.getByRole('button', { name: 'Sladd markert tekst' }).click();
    const preview = page.locator('#redaction-preview');
    await expect(preview).toContainText(`Ylva fortalte: [skjermet] ${f.kept}`);
    await expect(preview).not.toContainText(f.secret);
  } else {
    await page.getByRole('checkbox', { name: new RegExp(`Ylva fortalte: ${f.secret}`) }).check();
  }
  await save();
  await expectAccessible(page);

  // Decided for every party: out of the queue.
  await page.getByRole('link', { name: 'Beslutningskø' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beslutningskø' })).toBeVisible();
  await expect(page.getByRole('link', { name: f.title })).toHaveCount(0);

  const documentUrl = `/sak/${f.caseId}/dokumenter/${f.documentId}`;
  const probes = citizenProbes([f.caseId], [{ id: f.documentId, case_id: f.caseId }]);

  // The mother reads it all, reaching it from her case list.
  await citizen(page, f.pids.mother);
  await page.getByRole('link', { name: /Ylva/ }).first().click();
  await page.getByRole('link', { name: /Se dokumentet/ }).click();
  await page.getByRole('link', { name: f.title }).click();
  await expect(page).toHaveURL(new RegExp(`${documentUrl}$`));
  await expect(page.locator('main')).toContainText(f.secret);
  await expect(page.locator('main')).toContainText(f.open);

  // The father sees the title, that it is withheld, and why; nothing of the text.
  await citizen(page, f.pids.father);
  const fatherSaw = recordResponses(page);
  await page.goto(documentUrl);
  await expect(page.getByRole('heading', { name: 'Dette dokumentet er ikke delt med deg' })).toBeVisible();
  await expect(page.getByText(`Hensynet til Ylva veier tyngst (${f.title}).`)).toBeVisible();
  for (const p of probes) {
    const { text } = await probe(page.request, p);
    expect(text, `${p.method} ${p.url} to the father`).not.toContain(f.open);
    expect(text, `${p.method} ${p.url} to the father`).not.toContain(f.secret);
  }
  for (const text of await fatherSaw()) expect(text).not.toContain(f.open);

  // The youth reads it with the sentence hidden; it is in no response to her.
  await citizen(page, f.pids.youth);
  const youthSaw = recordResponses(page);
  await page.goto(documentUrl);
  await expect(page.getByText(/Deler av dokumentet er ikke delt med deg/)).toBeVisible();
  await expect(page.locator('main')).toContainText(f.open);
  await expect(page.locator('mark.redaction').first()).toHaveText('[skjermet]');
  if (javaScriptEnabled) await expect(page.locator('main')).toContainText(f.kept);
  else await expect(page.locator('main')).not.toContainText(f.kept);
  await expectAccessible(page);
  for (const p of probes) {
    const { status, text } = await probe(page.request, p);
    expect(status, `${p.method} ${p.url}`).toBeLessThan(500);
    expect(text, `${p.method} ${p.url} to the youth`).not.toContain(f.secret);
  }
  const seen = await youthSaw();
  expect(seen.length).toBeGreaterThan(0);
  for (const text of seen) expect(text).not.toContain(f.secret);
  // She reads it partly: she is told why the sentence is hidden and may ask for it.
  await expect(page.getByRole('heading', { name: 'Derfor er deler av dokumentet skjermet' })).toBeVisible();
  await expect(page.getByText('Det Ylva sa i fortrolighet er tatt ut.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send forespørselen' })).toBeVisible();
  await expect(page.getByLabel('Hvorfor vil du se det som er skjermet? (valgfritt)')).toBeVisible();

  // The father asks for innsyn with the form on the withheld page.
  await citizen(page, f.pids.father);
  await page.goto(documentUrl);
  const why = `Jeg er far og vil forstå vurderingen (${f.title}).`;
  await page.getByLabel('Hvorfor vil du se dokumentet? (valgfritt)').fill(why);
  await page.getByRole('button', { name: 'Send forespørselen' }).click();
  await expect(page.getByText('Forespørselen din er sendt. Du får svar på denne siden.')).toBeVisible();
  await expect(page.getByText('Barnevernstjenesten har ikke svart ennå.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send forespørselen' })).toHaveCount(0);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.goto(`/sak/${f.caseId}/dokumenter`);
  await expect(page.locator('li').filter({ hasText: f.title })).toContainText('Du har bedt om innsyn');

  // The caseworker finds the request and answers it by sharing the document with him.
  await staffLogin(page, CASEWORKER);
  await page.getByRole('link', { name: 'Innsynsforespørsler' }).first().click();
  const pending = page.getByRole('row').filter({ hasText: f.title });
  await expect(pending).toContainText('Frode Importsen');
  await expect(pending).toContainText(why);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await pending.getByRole('link', { name: f.title }).click();
  await expect(page.locator('.party-decisions').filter({ hasText: 'Frode Importsen' })).toContainText(why);
  await choose('Frode Importsen', /Del hele dokumentet/);
  await page.getByLabel('Grunn til endringen (internt)').fill('Innsyn innvilget etter ny vurdering.');
  await save();
  await page.getByRole('link', { name: 'Innsynsforespørsler' }).first().click();
  await expect(page.getByRole('link', { name: f.title })).toHaveCount(0);

  // Now he reads it, and sees that his request was granted.
  await citizen(page, f.pids.father);
  await page.goto(documentUrl);
  await expect(page.locator('main')).toContainText(f.open);
  await expect(page.getByText(/^Innvilget .*: du kan nå lese hele dokumentet\.$/)).toBeVisible();
});

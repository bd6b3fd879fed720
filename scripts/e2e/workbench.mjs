// What a person sees in the workbench, read with Playwright: squiggles, the status bar's problem
// count, the Problems panel, hovers. Shared by the .vsix check, `npm start` and the screenshots.

/** Waits for the editor to show at least one error squiggle. */
export async function waitForErrorSquiggle(page, timeout = 60_000) {
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout });
}

/** The status bar's problem counts ("Errors: 1" and the warning figure beside it). */
export async function problemCounts(page) {
  const text = await page.locator('[id="status.problems"]').innerText();
  const [errors, warnings] = (text.match(/\d+/g) ?? []).map(Number);
  return { errors, warnings };
}

/**
 * Opens the Problems panel the way a person does, by clicking the status bar's counts, and
 * returns each problem's message, source and code as shown.
 */
export async function openProblems(page, timeout = 10_000) {
  await page.locator('[id="status.problems"]').click();
  const rows = page.locator('.markers-panel .monaco-list-row:has(.marker-message)');
  await rows.first().waitFor({ timeout });
  return rows.evaluateAll((elements) =>
    elements.map((row) => ({
      message: row.querySelector('.marker-message')?.textContent ?? '',
      source: row.querySelector('.marker-source')?.textContent ?? '',
      code: row.querySelector('.marker-code')?.textContent ?? '',
      line: row.querySelector('.marker-line')?.textContent ?? '',
    })),
  );
}

/**
 * Shows the hover at the editor's cursor (Ctrl+K Ctrl+I, "Show or Focus Hover") and returns its
 * text once it contains `expected`: the keyboard finds the spot more surely than the mouse.
 * Asks again until the deadline, since a hover asked for before the server is up stays empty.
 */
export async function showHoverAtCursor(page, expected, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  await page.locator('.monaco-editor.focused').waitFor({ timeout });
  const hover = page.locator('.monaco-hover .hover-contents', { hasText: expected }).first();
  for (;;) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    try {
      await hover.waitFor({ timeout: Math.max(1, Math.min(2_000, deadline - Date.now())) });
      return hover.innerText();
    } catch (error) {
      if (Date.now() >= deadline)
        throw new Error(`no hover with "${expected}" within ${timeout} ms: ${error.message}`, {
          cause: error,
        });
    }
  }
}

/**
 * Fails unless the installed extension checked the open file: an error squiggle, the status bar
 * count and a `runbook` row with `code` in the Problems panel. Returns the rows.
 */
export async function expectRunbookProblem(page, code) {
  await waitForErrorSquiggle(page);
  const counts = await problemCounts(page);
  if (!(counts.errors > 0))
    throw new Error(`the status bar shows no errors (${JSON.stringify(counts)})`);
  const rows = await openProblems(page);
  const row = rows.find((r) => r.source === 'runbook' && r.code === code);
  if (!row) throw new Error(`no runbook(${code}) in the Problems panel: ${JSON.stringify(rows)}`);
  return { counts, row };
}

/**
 * Runs a command from the palette (F1) by its exact title, which may be part of other titles, with
 * the editor focused: the palette lists only the commands whose `when` holds for what has the focus
 * (`editorLangId`). On a load machine the focus may not have settled: the palette is asked again.
 * `editor: false` for a command that needs no editor (the workbench has the focus).
 */
export async function paletteCommand(
  page,
  title,
  { timeout = 60_000, editor = true, say = console.log } = {},
) {
  const deadline = Date.now() + timeout;
  const option = page
    .locator('.quick-input-list')
    .getByRole('option', { name: title, exact: true });
  for (;;) {
    if (editor) await page.locator('.monaco-editor.focused').waitFor({ timeout });
    await page.keyboard.press('F1');
    await page.keyboard.type(title);
    try {
      await option.waitFor({ timeout: Math.max(1, Math.min(5_000, deadline - Date.now())) });
      await option.click();
      return;
    } catch (error) {
      if (Date.now() >= deadline)
        throw new Error(`no "${title}" in the command palette within ${timeout} ms`, {
          cause: error,
        });
      say(`"${title}" is not in the palette yet; asking again`);
      await page.keyboard.press('Escape');
    }
  }
}

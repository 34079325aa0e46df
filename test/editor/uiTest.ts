/**
 * Drives the real VS Code workbench (code-server) in headless Chromium the
 * way a person would, with Sourced installed from its .vsix (or loaded from
 * the checkout): opens the sample briefing from the Explorer, waits for the
 * squiggles, hovers one and reads the hover, types a sentence and a quote
 * mark and accepts the quote completion, applies a quick fix with Ctrl+.,
 * searches the corpus and shows a paragraph's evidence from the command
 * palette, opens the Sources view,
 * clicks the status-bar item to open the Problems panel, and, with the side
 * bar hidden, asks for quotes after a short sentence. Screenshots go to
 * test/artifacts/ui/ (not committed); each step is one check. Three of them,
 * cropped and small, are the README's pictures (docs/images/, committed,
 * rewritten by every run; lib/readmeShots.ts), checked by a last step.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.js';
import { startCodeServer, workbenchUrl } from './lib/codeServer.js';
import { artifactsDir, editorTestDir, repoRoot } from './lib/paths.js';
import { makeCacheDir, makeWorkspace } from './lib/workspace.js';
import { readmeShot, type ReadmeImage } from './lib/readmeShots.js';
import { errorMessage } from '../../server/src/engine/text/errorText.js';

/** The line the quote fix writes: the passage verbatim, then its citation. */
const INSERTED_QUOTE = new RegExp(
  'budgets: "Venture capitalists, private investors and even overseas pensions funds are taking millions a year out ' +
    'of shrinking children\u2019s social care budgets\\." \\[@tact-innovation\\]',
);

export interface Check {
  name: string;
  ok: boolean;
  ms: number;
  note?: string;
}

export interface UiOptions {
  bin: string;
  /** An extensions folder with the .vsix installed; without it the checkout is loaded as a development extension. */
  extensionsDir?: string;
  verbose?: boolean;
}

const STEP_TIMEOUT_MS = 30_000;

/**
 * Saves the active editor (Ctrl+S, as a person would) and waits until a line
 * of the file on disk passes `test`: Markdown wraps long lines on screen, so
 * the file is the reliable record of what the editor holds.
 */
async function savedLine(page: Page, file: string, test: (line: string) => boolean, what: string): Promise<string> {
  await page.keyboard.press('Control+s');
  const started = Date.now();
  let saved = started;
  for (;;) {
    const line = readFileSync(file, 'utf8').split(/\r?\n/).find(test);
    if (line !== undefined) return line;
    if (Date.now() - started > 20_000) throw new Error(`no line ${what} in ${file} (its last lines first):\n${lastLines(file)}`);
    // An edit the workbench applies a moment after the key press (a slow
    // machine, a code action being resolved) lands after the first save:
    // save again rather than read a file that will never change.
    if (Date.now() - saved > 1_500) {
      await page.keyboard.press('Control+s');
      saved = Date.now();
    }
    await page.waitForTimeout(100);
  }
}

/** The file's last non-empty lines, newest first: a failing step's note keeps only its first lines. */
function lastLines(file: string): string {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(-5)
    .reverse()
    .map((l) => (l.length > 160 ? `${l.slice(0, 160)}…` : l))
    .join('\n');
}

function clean(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

export async function runUiTest(options: UiOptions): Promise<Check[]> {
  const out = join(artifactsDir, 'ui');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const workspace = makeWorkspace();
  const fixture = readFileSync(join(editorTestDir, 'fixtures', 'briefing.md'), 'utf8').split('\n');
  const spendingLine = fixture.findIndex((l) => l.startsWith('Spending on residential placements')) + 1;
  const draft = join(workspace, 'briefing.md');

  const server = await startCodeServer({
    bin: options.bin,
    extensionsDir: options.extensionsDir,
    env: { SOURCED_CACHE_DIR: makeCacheDir() },
    verbose: options.verbose,
  });
  const browser = await launchChromium({ width: 1440, height: 900 });
  const { page } = browser;
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  if (options.verbose) page.on('console', (m) => m.type() === 'error' && console.log(`[browser] ${m.text().slice(0, 300)}`));
  const shot = (name: string) => page.screenshot({ path: join(out, `${name}.png`) });
  const editor = () => page.locator('.editor-group-container.active .monaco-editor').first();
  const hover = () => page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).last();
  const goToLine = async (line: number) => {
    await page.keyboard.press('Control+g');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  };

  const checks: Check[] = [];
  // README pictures: a failure here is reported by its own check, and does not stop the steps.
  const readmeImages: Array<ReadmeImage | { name: string; error: string }> = [];
  const readme = async (name: string, targets: Parameters<typeof readmeShot>[2], options?: Parameters<typeof readmeShot>[3]) => {
    try {
      readmeImages.push(await readmeShot(page, name, targets, options));
    } catch (error) {
      readmeImages.push({ name, error: errorMessage(error) });
    }
  };
  /** The first `width` px of a line's box (a .view-line spans the whole editor). */
  const lineStart = async (line: Locator, width: number) => {
    const box = await line.boundingBox();
    return box ? { ...box, width: Math.min(width, box.width) } : null;
  };
  /** Runs a command from the command palette (F1) by its title. */
  const runCommand = async (title: string) => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type(title);
    await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  };
  let broken = false;
  const step = async (name: string, run: () => Promise<string | void>) => {
    if (broken) {
      checks.push({ name, ok: false, ms: 0, note: 'not run: an earlier step failed' });
      console.log(`  - ${name}: not run`);
      return;
    }
    const started = Date.now();
    try {
      const note = (await run()) ?? undefined;
      const ms = Date.now() - started;
      checks.push({ name, ok: true, ms, note });
      console.log(`  ✔ ${name} (${ms} ms)${note ? `\n      ${clean(note.replace(/\s+/g, ' '))}` : ''}`);
    } catch (error) {
      broken = true;
      const ms = Date.now() - started;
      await page.screenshot({ path: join(out, `failed-${checks.length + 1}.png`) }).catch(() => undefined);
      // Playwright's call logs are long: keep their first lines.
      const message = errorMessage(error).split('\n').slice(0, 6).join('\n');
      checks.push({ name, ok: false, ms, note: message });
      console.log(`  ✘ ${name} (${ms} ms)\n      ${message.split('\n').join('\n      ')}`);
    }
  };
  const payload: Array<[string, string]> | undefined = options.extensionsDir
    ? undefined
    : [['extensionDevelopmentPath', server.remote(repoRoot)]];

  try {
    await step('the workbench opens the sample briefing from the Explorer', async () => {
      await page.goto(workbenchUrl(server, workspace, payload));
      await page.locator('.monaco-workbench').waitFor();
      const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: /^briefing\.md$/ });
      await row.first().click();
      await editor().locator('.view-line').filter({ hasText: 'Commissioning children' }).first().waitFor();
      return `editor tab: ${clean(await page.locator('.tabs-container .tab.active').first().innerText())}`;
    });

    await step('Sourced underlines the draft (warning and error squiggles)', async () => {
      await editor().locator('.squiggly-warning').first().waitFor();
      await editor().locator('.squiggly-error').first().waitFor();
      const warnings = await editor().locator('.squiggly-warning').count();
      const errors = await editor().locator('.squiggly-error').count();
      await shot('01-squiggles');
      return `${warnings} warning and ${errors} error squiggle segments on screen`;
    });

    await step('hovering an unsupported claim shows the finding and the evidence', async () => {
      const claim = editor().locator('.view-line').filter({ hasText: 'There is a severe shortage' }).first();
      const box = (await claim.boundingBox())!;
      await page.mouse.move(box.x + 120, box.y + box.height / 2);
      const card = hover();
      await card.filter({ hasText: 'Evidence' }).waitFor();
      await page.waitForTimeout(400); // the hover fades in; let it finish before the screenshot
      const text = clean(await card.innerText());
      if (!/cites no source/.test(text)) throw new Error(`hover has no diagnostic message: ${text}`);
      if (!/severe shortage of appropriate and available children’s social care placements/.test(text))
        throw new Error(`hover has no evidence: ${text}`);
      await shot('02-hover-evidence');
      const gutter = await editor().locator('.margin').first().boundingBox();
      await readme('hover-finding', [
        card,
        (await lineStart(claim, 520))!,
        ...(gutter ? [{ ...gutter, width: 1, height: 1, y: box.y }] : []),
      ]);
      return `hover: ${text.slice(0, 300)}…`;
    });

    await step(
      'typing a sentence and a quote mark offers supporting quotes; Enter inserts the verbatim quote with its citation',
      async () => {
        await page.mouse.move(5, 450);
        await page.keyboard.press('Escape');
        // A new paragraph after "Spending on residential placements…" (line 14), mid-screen.
        await goToLine(spendingLine + 1);
        await page.keyboard.press('Enter');
        await page.keyboard.type('Private investors are taking millions a year out of shrinking social care budgets: ', { delay: 5 });
        await page.keyboard.press('Enter');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('End');
        await page.keyboard.type('"');
        const widget = page.locator('.editor-widget.suggest-widget.visible');
        await widget.locator('.monaco-list-row').filter({ hasText: 'Venture capitalists' }).first().waitFor();
        await page.waitForTimeout(300);
        const offered = clean(await widget.locator('.monaco-list-row').first().innerText());
        // Ctrl+Space with the list open shows the selected item's details: the passage and where it is.
        await page.keyboard.press('Control+Space');
        const details = page
          .locator('.suggest-details-container .suggest-details')
          .filter({ hasText: /line \d+/ })
          .first();
        const detailText = await details.waitFor({ timeout: 5000 }).then(
          () => details.innerText(),
          () => '',
        );
        await page.waitForTimeout(200);
        await shot('03-quote-completion');
        // The first offer is selected: Enter takes it; otherwise pick the row like a person would.
        if (offered.includes('Venture capitalists')) await page.keyboard.press('Enter');
        else await widget.locator('.monaco-list-row').filter({ hasText: 'Venture capitalists' }).first().click();
        const line = await savedLine(
          page,
          draft,
          (l) => l.startsWith('Private investors are taking') && l.includes('[@tact-innovation'),
          'with the inserted quote',
        );
        if (!INSERTED_QUOTE.test(line)) {
          throw new Error(`unexpected insertion: ${line}`);
        }
        // The quoted, cited sentence is no longer an unsupported claim: wait for the re-check before the screenshot.
        await page
          .locator('.statusbar-item')
          .filter({ hasText: /Sourced: 2 unsupported claims/ })
          .first()
          .waitFor({ timeout: 20000 });
        await shot('04-quote-inserted');
        return `first offer: ${offered.slice(0, 120)}; details: ${clean(detailText).slice(0, 160)}; line now: ${line}`;
      },
    );

    await step('Ctrl+. on the misspelt citation key offers "Change to @tact-innovation", which fixes it', async () => {
      const typoLine =
        readFileSync(draft, 'utf8')
          .split(/\r?\n/)
          .findIndex((l) => l.includes('[@tact-inovation]')) + 1;
      await goToLine(typoLine);
      await page.keyboard.press('End');
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      const item = menu.locator('.action-item, .monaco-list-row').filter({ hasText: 'Change to @tact-innovation' }).first();
      await item.waitFor();
      await page.waitForTimeout(200);
      await shot('05-quick-fix-menu');
      // The menu blocks the pointer until the mouse moves: choose with the keyboard.
      const focused = async () =>
        clean(
          (await menu
            .locator('.monaco-list-row.focused')
            .first()
            .innerText()
            .catch(() => '')) ?? '',
        );
      for (let i = 0; i < 10 && !(await focused()).includes('Change to @tact-innovation'); i++) {
        await page.keyboard.press('ArrowDown');
        await page.waitForTimeout(50);
      }
      const chosen = await focused();
      if (!chosen.includes('Change to @tact-innovation')) {
        const rows = (await menu.locator('.monaco-list-row').allInnerTexts()).map(clean);
        throw new Error(`the keyboard never reached the fix: focused "${chosen}"; menu: ${rows.join(' | ')}`);
      }
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden' });
      await savedLine(page, draft, (l) => l.includes('for years [@tact-innovation].'), 'with the corrected key');
      if (readFileSync(draft, 'utf8').includes('tact-inovation')) throw new Error('the misspelt key is still there');
      await page.waitForTimeout(400); // let the re-check repaint the squiggles
      await shot('06-quick-fix-applied');
      return `line ${typoLine} now ends "…for years [@tact-innovation]."`;
    });

    await step('Sourced: Search corpus (command palette) lists passages live and inserts the chosen one', async () => {
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await page.keyboard.type('Sourced: Search corpus');
      await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'Sourced: Search corpus' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: 'Sourced: Search corpus' }).waitFor();
      await page.keyboard.type('commissioning practices stable local care', { delay: 10 });
      const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'Designing commissioning practices' }).first();
      await row.waitFor();
      await page.waitForTimeout(200);
      const rows = (await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts()).map(clean);
      await shot('07-search-corpus');
      await page.keyboard.press('Enter');
      const line = await savedLine(
        page,
        draft,
        (l) => l.startsWith('"Designing commissioning practices'),
        'with the inserted search result',
      );
      if (!/\[@ncercc-outsourcing-key-sentences\]$/.test(line.trim())) throw new Error(`unexpected insertion: ${line}`);
      return `${rows.length} results, first: ${rows[0]?.slice(0, 100)}; inserted: ${line.slice(0, 100)}…`;
    });

    await step('Sourced: Show evidence for current paragraph lists the supporting passages and opens the chosen one', async () => {
      const line =
        readFileSync(draft, 'utf8')
          .split(/\r?\n/)
          .findIndex((l) => l.startsWith('There is a severe shortage')) + 1;
      await goToLine(line);
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
      await page.keyboard.type('Sourced: Show evidence');
      await page
        .locator('.quick-input-widget .monaco-list-row')
        .filter({ hasText: 'Show evidence for current paragraph' })
        .first()
        .waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: 'evidence for this paragraph' }).waitFor();
      const rows = page.locator('.quick-input-widget .monaco-list-row');
      await rows.filter({ hasText: 'is detrimental to the placement process' }).first().waitFor();
      await page.waitForTimeout(200);
      const texts = (await rows.allInnerTexts()).map(clean);
      await shot('08-show-evidence');
      await page.keyboard.press('Enter');
      const tab = page.locator('.tabs-container .tab.active').filter({ hasText: 'ncercc-outsourcing-key-sentences.txt' });
      await tab.waitFor();
      const selected = clean(
        await page
          .locator('.statusbar-item')
          .filter({ hasText: /selected/ })
          .first()
          .innerText(),
      );
      await page
        .locator('.tabs-container .tab')
        .filter({ hasText: /^briefing\.md/ })
        .first()
        .click();
      return `${texts.length} rows, first: ${texts[0]?.slice(0, 120)}; opened ncercc-outsourcing-key-sentences.txt, ${selected}`;
    });

    await step('the Sources view lists the corpus with authors, dates and citation counts', async () => {
      const header = page
        .locator('.pane-header')
        .filter({ hasText: /^Sources/ })
        .first();
      await header.waitFor();
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      // Make room, as a person would: collapse the folder and the other sections, widen the side bar.
      for (const other of [/^briefings/i, /^outline/i, /^timeline/i]) {
        const h = page.locator('.pane-header').filter({ hasText: other }).first();
        if ((await h.count()) && (await h.getAttribute('aria-expanded')) === 'true') await h.click();
      }
      const sidebar = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
      if (sidebar) {
        const edge = sidebar.x + sidebar.width + 1;
        await page.mouse.move(edge, sidebar.y + sidebar.height / 2);
        await page.mouse.down();
        await page.mouse.move(edge + 380, sidebar.y + sidebar.height / 2, { steps: 8 });
        await page.mouse.up();
      }
      const pane = page.locator('.pane').filter({ has: header });
      const tact = pane.locator('.monaco-list-row').filter({ hasText: 'Innovation in children' }).first();
      await tact.waitFor();
      const rows = (await pane.locator('.monaco-list-row').allInnerTexts()).map(clean);
      if (!rows.some((r) => /Elvin.*2015.*citation/.test(r))) throw new Error(`no metadata in rows: ${JSON.stringify(rows)}`);
      if (!rows.some((r) => /Kinship care allowances \[open settings\]\(command:workbench\.action\.openSettings\)/.test(r))) {
        throw new Error(`the untrusted title is not shown literally: ${JSON.stringify(rows)}`);
      }
      await shot('09-sources-view');
      // The section's header and rows, from the window's left edge (the activity bar).
      const top = await header.boundingBox();
      await readme(
        'sources-view',
        [header, pane.locator('.monaco-list-row').last(), ...(top ? [{ x: 0, y: top.y, width: 1, height: 1 }] : [])],
        {
          pad: 10,
        },
      );
      // The tooltip is plain text too; it appears after the hover delay.
      await tact.hover();
      const tip = page.locator('.monaco-hover:not(.hidden), .workbench-hover').filter({ hasText: 'passages' }).first();
      const tooltip = await tip.waitFor({ timeout: 5000 }).then(
        () => tip.innerText(),
        () => undefined,
      );
      if (tooltip) await shot('10-sources-tooltip');
      await tact.click();
      await page.locator('.tabs-container .tab.active').filter({ hasText: 'tact-innovation.txt' }).waitFor();
      await shot('11-source-opened');
      return `${rows.join(' | ')}${tooltip ? `\n      tooltip: ${clean(tooltip).replace(/\n/g, ' / ')}` : ''}`;
    });

    await step('the status bar counts unsupported claims; clicking it opens the Problems panel', async () => {
      await page
        .locator('.tabs-container .tab')
        .filter({ hasText: /^briefing\.md/ })
        .first()
        .click();
      const item = page
        .locator('.statusbar-item')
        .filter({ hasText: /Sourced: \d+ unsupported claims?/ })
        .first();
      await item.waitFor();
      const text = clean(await item.innerText());
      await item.click();
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: 'cites no source' }).first().waitFor();
      await page.waitForTimeout(300);
      const count = await rows.count();
      await shot('12-problems-panel');
      return `status bar: "${text}"; Problems panel rows: ${count}`;
    });

    // For the README's picture of quote completion: with the side bar and the panel hidden, the list and
    // its details fit side by side beside a short sentence, as on a laptop screen.
    await step('with the side bar hidden, a short sentence and a quote mark offer quotes with their details', async () => {
      await page
        .locator('.tabs-container .tab')
        .filter({ hasText: /^briefing\.md/ })
        .first()
        .click();
      if (await page.locator('#workbench\\.parts\\.panel').isVisible()) await runCommand('View: Hide Panel');
      await runCommand('View: Toggle Primary Side Bar Visibility');
      await page.locator('#workbench\\.parts\\.sidebar').waitFor({ state: 'hidden' });
      // A new paragraph near the top, so that the list opens below the line.
      const after =
        readFileSync(draft, 'utf8')
          .split(/\r?\n/)
          .findIndex((l) => l.startsWith('Members are asked to note')) + 1;
      await goToLine(after);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      const sentence = 'Local authorities have a limited understanding of their services: ';
      await page.keyboard.type(sentence, { delay: 5 });
      await page.keyboard.type('"');
      const widget = page.locator('.editor-widget.suggest-widget.visible');
      await widget.locator('.monaco-list-row').first().waitFor();
      const details = page
        .locator('.suggest-details-container .suggest-details')
        .filter({ hasText: /line \d+/ })
        .first();
      // The details stay open once shown (the earlier step showed them); Ctrl+Space toggles them.
      if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
      await details.waitFor({ timeout: 5000 });
      await page.waitForTimeout(300);
      const offers = (await widget.locator('.monaco-list-row').allInnerTexts()).map(clean);
      const detailText = clean(await details.innerText());
      await shot('13-quote-completion-short');
      // The picture: the sentence up to the list, the list and its details.
      const typed = await editor().locator('.view-line').filter({ hasText: sentence.trim() }).first().boundingBox();
      const list = await widget.boundingBox();
      const tail = typed && list ? [{ x: typed.x, y: typed.y, width: Math.max(1, list.x - typed.x), height: typed.height }] : [];
      await readme('quote-completion', [widget, details, ...tail]);
      await page.keyboard.press('Escape');
      await runCommand('View: Toggle Primary Side Bar Visibility');
      return `${offers.length} offers, first: ${offers[0]?.slice(0, 120)}; details: ${detailText.slice(0, 160)}`;
    });

    await step('the README screenshots (docs/images/) were written, 800 px wide and small', async () => {
      const failed = readmeImages.flatMap((i) => ('error' in i ? [`${i.name}: ${i.error}`] : []));
      if (failed.length) throw new Error(failed.join('; '));
      const written = readmeImages.flatMap((i) => ('file' in i ? [i] : []));
      if (written.length !== 3) throw new Error(`${written.length} README images, not 3`);
      return written.map((i) => `${relative(repoRoot, i.file)} ${i.width}×${i.height}, ${(i.bytes / 1024).toFixed(0)} KB`).join('; ');
    });
  } finally {
    await browser.close();
    await server.stop();
  }
  return checks;
}

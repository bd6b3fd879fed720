// Fails when the manifest, the schemas and the snippets drift apart (like markdownlint's
// regenerate-and-diff check, done here as assertions).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { DiagnosticCodes } from '../../src/core/diagnostic';
import { SNIPPETS, snippetText } from '../../src/core/features/snippets';
import {
  BYTES_PER_MEGABYTE,
  defaultEditorSettings,
  defaultRunSettings,
  defaultSettings,
  type EditorSettings,
  type RunSettings,
  type Settings,
} from '../../src/core/settings';

const root = resolve(__dirname, '../../..');
const NOW = Date.parse('2026-12-06T18:40:00Z');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

/** The parts of package.json these checks read. */
interface Manifest {
  activationEvents: string[];
  capabilities: {
    untrustedWorkspaces: { supported: boolean | 'limited'; restrictedConfigurations?: string[] };
  };
  contributes: {
    languages: { id: string; filenamePatterns: string[]; firstLine: string }[];
    configuration: { properties: Record<string, unknown> };
    commands: { command: string; category?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
  };
}

/** A snippet body as VS Code would insert it with every placeholder left at its default. */
function expandSnippet(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

describe('manifest, schemas and snippets agree', () => {
  const manifest = readJson('package.json') as Manifest;
  // The snippets are served by the language server where they belong (src/core/features/snippets.ts).
  const snippets = Object.fromEntries(
    SNIPPETS.map((snippet) => [
      snippet.prefix,
      { prefix: snippet.prefix, body: snippetText(snippet, NOW).split('\n') },
    ]),
  );

  it('every snippet, inserted with its defaults, is a file without problems', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const text = expandSnippet(snippet.body);
      // The step snippet is a list item: check it inside a runbook.
      const file =
        snippet.prefix === 'step'
          ? `kind: runbook\ntitle: t\nwindow: { start: 2099-07-19 08:00, zone: UTC }\nsteps:\n${text.replace(/^/gm, '  ')}\n`
          : text;
      // At the present it was served at: a week ahead, not in the past.
      const errors = analyze(file, 'snippet.yaml', undefined, NOW).diagnostics;
      assert.deepEqual(
        errors.map((d) => `${d.code}: ${d.message}`),
        [],
        `snippet "${name}"`,
      );
    }
  });

  it('leaves no line of only spaces behind: VS Code indents every line of a snippet, an empty last one included', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const lines = snippet.body;
      // A body line of its own for `$0` is indented too when the snippet is (a step inside steps:).
      if (snippet.prefix === 'step') assert.notEqual(lines[lines.length - 1], '$0', name);
      assert.ok(
        expandSnippet(lines)
          .split('\n')
          .every((line) => line === '' || line.trim() !== ''),
        name,
      );
    }
  });

  it('the snippets offer a whole runbook, a step and an announcement', () => {
    assert.deepEqual(
      Object.values(snippets)
        .map((s) => s.prefix)
        .sort(),
      ['announcement', 'runbook', 'step'],
    );
  });

  it('the language covers both kinds by file name and by first line', () => {
    const [language] = manifest.contributes.languages;
    assert.equal(language.id, 'runbook');
    for (const pattern of [
      '*.runbook.yaml',
      '*.runbook.yml',
      '*.announcement.yaml',
      '*.announcement.yml',
    ]) {
      assert.ok(language.filenamePatterns.includes(pattern), pattern);
    }
    const firstLine = new RegExp(language.firstLine);
    assert.ok(
      firstLine.test('kind: runbook') &&
        firstLine.test('kind: announcement') &&
        !firstLine.test('kind: other'),
    );
    // The preview's panels come back after a reload only if the extension starts for them.
    assert.deepEqual(manifest.activationEvents, [
      'onLanguage:runbook',
      'onWebviewPanel:runbook.preview',
    ]);
  });

  it('every setting is under runbook. and scoped per resource or window', () => {
    const properties = manifest.contributes.configuration.properties as Record<
      string,
      { scope: string; description?: string; markdownDescription?: string }
    >;
    for (const [key, setting] of Object.entries(properties)) {
      assert.match(key, /^runbook\./);
      assert.ok(['resource', 'window'].includes(setting.scope), key);
      assert.ok(setting.description ?? setting.markdownDescription, `${key} has a description`);
    }
  });

  it("every runbook.* default in package.json and the README is the core's", () => {
    const properties = manifest.contributes.configuration.properties as Record<
      string,
      { default: unknown }
    >;
    // Each setting of the core and of the server, by its key in the manifest and in the
    // manifest's unit. Typed by the settings' own keys: a new one cannot be left out here.
    const manifestDefaults: Record<
      keyof Settings | keyof EditorSettings | keyof RunSettings,
      [string, unknown]
    > = {
      maxFileSizeBytes: [
        'runbook.maxFileSize',
        defaultSettings.maxFileSizeBytes / BYTES_PER_MEGABYTE,
      ],
      audienceZones: ['runbook.audienceZones', defaultSettings.audienceZones],
      timeFormat: ['runbook.timeFormat', defaultSettings.timeFormat],
      safetyFactor: ['runbook.safetyFactor', defaultSettings.safetyFactor],
      minNoticeDays: ['runbook.minNoticeDays', defaultSettings.minNoticeDays],
      validate: ['runbook.validate', defaultEditorSettings.validate],
      inlayHints: ['runbook.inlayHints.enabled', defaultEditorSettings.inlayHints],
      stepHints: ['runbook.inlayHints.steps', defaultEditorSettings.stepHints],
      diagnosticsScope: ['runbook.diagnostics.scope', defaultEditorSettings.diagnosticsScope],
      parallel: ['runbook.run.parallel', defaultRunSettings.parallel],
      journalFolder: ['runbook.run.journalFolder', defaultRunSettings.journalFolder],
      maskPatterns: ['runbook.run.maskPatterns', defaultRunSettings.maskPatterns],
    };
    // vscode-languageclient reads `<id>.trace.server` for the client made with id `runbook`.
    const clientOnly = ['runbook.trace.server'];
    const known = Object.values(manifestDefaults).map(([key]) => key);
    assert.deepEqual(Object.keys(properties).sort(), [...known, ...clientOnly].sort());
    for (const [key, value] of Object.values(manifestDefaults))
      assert.deepEqual(properties[key].default, value, key);

    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `(runbook\.[\w.]+)` \| `([^`]*)` \|/gm)];
    assert.deepEqual(rows.map(([, key]) => key).sort(), Object.keys(properties).sort());
    for (const [, key, written] of rows) {
      const value = properties[key].default;
      assert.equal(written, typeof value === 'string' ? value : JSON.stringify(value), key);
    }
  });

  it('in Restricted Mode the run settings are ignored and the run commands hidden', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    const runSettings = Object.keys(manifest.contributes.configuration.properties).filter((key) =>
      key.startsWith('runbook.run.'),
    );
    assert.deepEqual([...(trust.restrictedConfigurations ?? [])].sort(), runSettings.sort());
    assert.equal(runSettings.length, Object.keys(defaultRunSettings).length);
    // Every run command, wherever a menu shows it, only in a trusted workspace (or never).
    const runCommand =
      /^runbook\.(run|runFrom|dryRun|resumeRun|stopRun|showRunOutput)$|^runbook\.run\./;
    for (const [menu, items] of Object.entries(manifest.contributes.menus))
      for (const item of items.filter((i) => runCommand.test(i.command)))
        assert.ok(
          item.when === 'false' ||
            item.when?.includes('isWorkspaceTrusted') ||
            menu === 'view/item/context' ||
            menu === 'view/title',
          `${menu}: ${item.command} when ${item.when}`,
        );
    for (const command of manifest.contributes.commands.filter((c) => runCommand.test(c.command)))
      assert.equal(command.category, 'Runbook', command.command);
  });

  it('every property of the schemas has a description and an example', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      for (const [name, property] of Object.entries(
        (schema.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (!property.description) missing.push(`${path}.${name}: description`);
        if (!Array.isArray(property.examples)) missing.push(`${path}.${name}: examples`);
      }
      for (const [key, child] of Object.entries(schema))
        if (typeof child === 'object') visit(child, `${path}/${key}`);
    };
    for (const file of ['runbook', 'announcement', 'common'])
      visit(readJson(`schemas/${file}.schema.json`), file);
    assert.deepEqual(missing, []);
  });

  it('the README lists every diagnostic code', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    for (const code of DiagnosticCodes) assert.ok(readme.includes(`\`${code}\``), code);
  });
});

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fastParseYaml } from '../../../src/core/yaml/fast-parse';
import { parseYaml, parseYamlWithLibrary } from '../../../src/core/yaml/parse-yaml';
import { countNodes } from '../../../src/core/yaml/to-value';
import { generateRunbook } from '../../bench/generate-runbook';
import { repoRoot } from '../helpers';
import { FAST_PATH_CASES, REFUSED_CASES } from './fast-parse-cases';
import { DocumentGenerator, mutate, randomLines, seededRandom } from './yaml-fuzz';

/**
 * The fast path's contract: whenever it returns a tree, the `yaml` package reads the text without
 * a problem, as one document, into a deep-equal tree (types, offsets, values). Returns whether it
 * returned a tree.
 */
function assertSameAsLibrary(text: string, label: string): boolean {
  const fast = fastParseYaml(text);
  if (fast === undefined) return false;
  const library = parseYamlWithLibrary(text);
  assert.deepEqual(
    library.problems,
    [],
    `${label}: the fast path read a text the yaml package reports problems in:\n${JSON.stringify(text)}`,
  );
  assert.equal(library.documentCount, 1, label);
  assert.deepStrictEqual(fast, library.root, `${label}: trees differ for\n${JSON.stringify(text)}`);
  return true;
}

function yamlFilesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFilesBelow(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('yaml/fast-parse', () => {
  describe('reads every example exactly as the yaml package does', () => {
    const root = repoRoot();
    for (const file of yamlFilesBelow(join(root, 'examples'))) {
      const name = relative(root, file);
      it(name, () => {
        const text = readFileSync(file, 'utf8');
        const accepted = assertSameAsLibrary(text, name);
        // Only a file that is not valid YAML (examples/broken/yaml-syntax…) may be left to the yaml package.
        assert.equal(
          accepted,
          parseYamlWithLibrary(text).problems.length === 0,
          `${name}: the fast path bailed`,
        );
      });
    }
  });

  describe('reads the generated bench runbooks exactly as the yaml package does', () => {
    for (const steps of [100, 1000, 10_000]) {
      it(`${steps} steps`, function () {
        // Known heavy: the yaml package reads 10,000 steps (2.4 MB) twice; seconds when the machine is busy.
        this.timeout(180_000);
        const text = generateRunbook(steps);
        assert.ok(assertSameAsLibrary(text, `${steps} steps`), 'the fast path bailed');
        const crlf = text.replace(/\n/g, '\r\n');
        assert.ok(
          assertSameAsLibrary(crlf, `${steps} steps, CRLF`),
          'the fast path bailed on CRLF',
        );
      });
    }
  });

  describe('reads tricky layouts of its subset exactly as the yaml package does', () => {
    for (const [name, text] of FAST_PATH_CASES) {
      it(name, () => {
        assert.ok(
          assertSameAsLibrary(text, name),
          `the fast path bailed on\n${JSON.stringify(text)}`,
        );
        if (text.includes('\n'))
          assert.ok(
            assertSameAsLibrary(text.replace(/\n/g, '\r\n'), `${name}, CRLF`),
            'the fast path bailed on CRLF',
          );
      });
    }
  });

  describe('leaves to the yaml package what is outside its subset or may be an error', () => {
    for (const [name, text] of REFUSED_CASES) {
      it(name, () => {
        assert.equal(fastParseYaml(text), undefined, JSON.stringify(text));
        // And parseYaml then gives exactly what the yaml package gives, problems and all.
        assert.deepStrictEqual(parseYaml(text), parseYamlWithLibrary(text));
      });
    }
  });

  describe('differential fuzzing against the yaml package', () => {
    it('agrees on 1,500 generated runbook-like documents and 3,000 edits of them, reading most of the generated ones', function () {
      this.timeout(180_000);
      let generated = 0;
      let generatedRead = 0;
      let editsRead = 0;
      for (let seed = 1; seed <= 1500; seed++) {
        const random = seededRandom(seed);
        const text = new DocumentGenerator(random).document();
        generated++;
        if (assertSameAsLibrary(text, `seed ${seed}`)) generatedRead++;
        for (let edit = 0; edit < 2; edit++)
          if (assertSameAsLibrary(mutate(text, random), `seed ${seed}, edit ${edit}`)) editsRead++;
      }
      // The generator mixes in a few constructs the fast path refuses; the rest it must read.
      assert.ok(generatedRead / generated > 0.8, `read only ${generatedRead} of ${generated}`);
      assert.ok(editsRead > 500, `read only ${editsRead} edited documents`);
    });

    it('agrees on 30,000 small documents of random lines (dedents, comments, empty entries)', function () {
      this.timeout(180_000);
      let read = 0;
      for (let seed = 1; seed <= 30_000; seed++)
        if (assertSameAsLibrary(randomLines(seededRandom(seed * 7919)), `lines seed ${seed}`))
          read++;
      assert.ok(read > 1000, `read only ${read}`);
    });
  });

  describe('in parseYaml', () => {
    it('gives the same result as the yaml package for a valid file, with nodes counted alike', () => {
      const text = generateRunbook(50);
      const fast = parseYaml(text);
      const library = parseYamlWithLibrary(text);
      assert.deepEqual([fast.reader, library.reader], ['fast', 'yaml']);
      assert.deepStrictEqual({ ...fast, reader: 'yaml' }, library);
      assert.equal(countNodes(fast.root), countNodes(library.root));
    });

    it('still refuses deep nesting before either parser runs', () => {
      const text = `a:\n${'- '.repeat(300)}x\n`;
      assert.deepStrictEqual(parseYaml(text), parseYamlWithLibrary(text));
      assert.equal(parseYaml(text).root, null);
    });

    // Its speed comes from not handing the text to the yaml package: that is what is checked here;
    // the time is a row of `npm run bench` (budget 400 ms).
    it('reads a 2.4 MB runbook itself, without falling back to the yaml package', () => {
      const result = parseYaml(generateRunbook(10_000));
      assert.equal(result.reader, 'fast');
      assert.equal(result.problems.length, 0);
    });
  });
});

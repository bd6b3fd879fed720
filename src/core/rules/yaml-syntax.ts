import type { Diagnostic } from '../diagnostic';
import type { Rule } from './rule';

/** Bytes that were not UTF-8 arrive as U+FFFD; report the first few runs of them. */
const REPLACEMENT = /\uFFFD+/g;
const MOST_ENCODING_REPORTS = 5;

/** `yaml-syntax`: what the YAML parser rejects, extra `---` documents, and unreadable bytes. */
export const yamlSyntax: Rule = ({ text, parsed }) => {
  const diagnostics: Diagnostic[] = parsed.problems.map((problem) => ({
    code: 'yaml-syntax',
    severity: 'error',
    message: problem.message,
    start: problem.start,
    end: Math.max(problem.end, problem.start + 1),
  }));
  let reported = 0;
  for (const match of text.matchAll(REPLACEMENT)) {
    if (reported++ >= MOST_ENCODING_REPORTS) break;
    diagnostics.push({
      code: 'yaml-syntax',
      severity: 'error',
      message:
        'This file is not valid UTF-8: the bytes here could not be read (shown as \uFFFD). Save the file as UTF-8.',
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return diagnostics;
};

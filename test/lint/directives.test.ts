import { describe, expect, it } from 'vitest';
import { parseDirectives } from '../../src/lint/directives/parse-directives.js';
import { lint } from '../../src/lint/index.js';
import { parseCompact } from '../../src/load/index.js';
import { compactText, FAKE_RULES } from './fake-rules.js';

const strict = { extends: 'strict' as const };

function findings(text: string, config = {}) {
  return lint(parseCompact(text, 'c.yaml'), { today: '2025-03-01', registry: FAKE_RULES, config }).map((f) => `${f.line} ${f.ruleId} ${f.severity}`);
}

/** The fake compact with a comment put before line `line` (1-based) or at the end of it. */
function withComment(line: number, comment: string, { trailing = false, principleTitle = 'Di' } = {}): string {
  const lines = compactText({ principleTitle }).split('\n');
  if (trailing) lines[line - 1] = `${lines[line - 1]} ${comment}`;
  else lines.splice(line - 1, 0, comment);
  return lines.join('\n');
}

describe('parseDirectives', () => {
  it('reads directives from YAML comments only, never from quoted values or block scalars', () => {
    const text = [
      '# compact-disable-next-line short-title, draft-status -- the title is an abbreviation',
      'a: "# compact-disable not-a-comment"',
      "b: 'x # compact-enable'",
      'c: |',
      '  # compact-disable in-a-block-scalar',
      'd: 1 # compact-disable',
      '  # compact-enable draft-status',
      '# compact-disabled is not a directive',
    ].join('\n');
    expect(parseDirectives(text)).toEqual([
      { kind: 'compact-disable-next-line', ruleIds: ['short-title', 'draft-status'], line: 1, column: 1, endLine: 1, endColumn: 86 },
      { kind: 'compact-disable', ruleIds: [], line: 6, column: 6, endLine: 6, endColumn: 23 },
      { kind: 'compact-enable', ruleIds: ['draft-status'], line: 7, column: 3, endLine: 7, endColumn: 32 },
    ]);
  });

  it('finds a directive after any run of spaces or tabs behind the #, and none where compact- is not in a comment', () => {
    expect(parseDirectives('a: 1 #compact-disable\nb: 2 #\t  compact-enable draft-status\n').map((d) => [d.kind, d.line, d.column])).toEqual([
      ['compact-disable', 1, 6],
      ['compact-enable', 2, 6],
    ]);
    expect(parseDirectives('id: compact-1\n# a comment\ntitle: "compact-disable"\n')).toEqual([]);
    expect(parseDirectives('id: x # compact\n')).toEqual([]);
  });
});

describe('inline directives', () => {
  it('compact-disable-next-line turns off the named rules on the next line only', () => {
    expect(findings(withComment(15, '    # compact-disable-next-line short-title'))).toEqual([]);
    expect(findings(withComment(15, '    # compact-disable-next-line'))).toEqual([]);
    expect(findings(withComment(14, '    # compact-disable-next-line short-title'))).toEqual([
      '14 unused-disable-directive warning',
      '16 short-title warning',
    ]);
  });

  it('compact-disable … compact-enable turns rules off for the lines between', () => {
    const text = withComment(5, '# compact-disable draft-status, short-title').replace('principles:\n', '# compact-enable short-title\nprinciples:\n');
    // draft-status on line 6 is turned off; short-title is on again before its finding, so that part of the comment is unused.
    expect(findings(text, strict)).toEqual(['5 unused-disable-directive warning', '17 short-title warning']);
    const blanket = withComment(1, '# compact-disable');
    expect(findings(blanket, strict)).toEqual([]);
  });

  it('compact-enable of one rule inside a blanket compact-disable turns only that rule back on', () => {
    const text = withComment(1, '# compact-disable').replace('principles:\n', '# compact-enable short-title\nprinciples:\n');
    expect(findings(text, strict)).toEqual(['17 short-title warning']);
  });

  it('reports a directive, or a rule id in one, that turns off nothing', () => {
    const text = withComment(15, '    # compact-disable-next-line short-title, draft-status', { principleTitle: 'Dialog' });
    const result = lint(parseCompact(text, 'c.yaml'), { registry: FAKE_RULES, today: '2025-03-01', config: strict });
    expect(result.map((f) => [f.line, f.column, f.ruleId, f.severity, f.message])).toEqual([
      [5, 9, 'draft-status', 'info', 'the compact is a draft'],
      [15, 5, 'unused-disable-directive', 'warning', 'compact-disable-next-line short-title turns off nothing: short-title reports no problem on line 16; remove it from the comment'],
      [15, 5, 'unused-disable-directive', 'warning', 'compact-disable-next-line draft-status turns off nothing: draft-status reports no problem on line 16; remove it from the comment'],
    ]);
    expect(findings(withComment(1, '# compact-disable', { principleTitle: 'Dialog' }))).toEqual(['1 unused-disable-directive warning']);
  });

  it('does not call a directive unused for a rule that is off in the config', () => {
    expect(findings(withComment(6, '# compact-disable-next-line draft-status'))).toEqual(['16 short-title warning']);
  });

  it('reports an unknown rule id in a directive, suggesting the closest', () => {
    const text = withComment(16, 'x: 1 # compact-disable-next-line short-titel', { trailing: true, principleTitle: 'Dialog' }).replace('x: 1 ', '');
    const result = lint(parseCompact(text, 'c.yaml'), { registry: FAKE_RULES, today: '2025-03-01' });
    expect(result.map((f) => [f.line, f.ruleId, f.message])).toEqual([[16, 'unknown-rule-in-directive', 'compact-disable-next-line names an unknown rule "short-titel"; did you mean "short-title"?']]);
  });

  it('cannot turn off schema errors, and reports no unused directives when the rules did not run', () => {
    const text = withComment(5, '# compact-disable').replace('status: draft', 'status: drafted');
    expect(findings(text, strict)).toEqual(['6 schema/enum error']);
  });
});

import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { Chalk } from 'chalk';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lint as markdownlint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings.js';
import { getFormatter } from '../../src/report/index.js';
import type { FormatContext } from '../../src/report/types.js';

const CWD = '/work/repo';

function finding(severity: Severity, ruleId: string, message: string, file = `${CWD}/compacts/orebro.yaml`, line = 3): Finding {
  return { ruleId, severity, message, path: ['principles', 0], file, line, column: 5, endLine: line, endColumn: 12 };
}

const FINDINGS: Finding[] = [
  finding('error', 'schema/required', 'principles[0] is missing "text"'),
  finding('warning', 'short-title', 'the title "A|B" is short, 50% of "min: 3, max: 9"\nsee <docs> & \'more\'', `${CWD}/compacts/orebro.yaml`, 7),
  finding('info', 'draft-status', 'the compact is a draft', `${CWD}/compacts/sub dir/borås.yaml`, 2),
  { ...finding('error', 'input/unreadable', 'cannot read nope.yaml: no such file or directory', 'nope.yaml', 1), endColumn: 1, fatal: true },
];
const FILES = [`${CWD}/compacts/orebro.yaml`, `${CWD}/compacts/sub dir/borås.yaml`, `${CWD}/compacts/clean.yaml`, 'nope.yaml'];

const context: FormatContext = {
  files: FILES,
  rules: [
    { id: 'short-title', description: 'A principle title is short.', defaultSeverity: 'warning', docsUrl: 'file:///pkg/docs/rules/short-title.md' },
    { id: 'draft-status', description: 'The compact is a draft.', defaultSeverity: 'info', docsUrl: 'file:///pkg/docs/rules/draft-status.md' },
  ],
  color: new Chalk({ level: 0 }),
  command: 'lint',
  cwd: CWD,
  toolVersion: '9.9.9',
};

async function format(name: string, findings: readonly Finding[] = FINDINGS): Promise<string> {
  return (await getFormatter(name))(findings, context);
}

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(new URL('../fixtures/schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  // The official schema is written in draft-04 (`id`, draft-04 `$schema`), which ajv 8 reads as draft-07 once those two are renamed.
  const { $schema: _draft04, id, ...body } = schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validateSarif = ajv.compile({ $id: id, ...body });

  it('is valid against the SARIF 2.1.0 schema, with and without findings', async () => {
    for (const findings of [FINDINGS, []]) {
      const log = JSON.parse(await format('sarif', findings));
      expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    }
  });

  it('describes the tool and its rules, and every finding with a rule, level, relative uri and region', async () => {
    const log = JSON.parse(await format('sarif'));
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'compact', version: '9.9.9', informationUri: expect.stringMatching(/^file:\/\/.*README\.md$/) });
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['short-title', 'draft-status', 'schema/required', 'input/unreadable']);
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'short-title',
      shortDescription: { text: 'A principle title is short.' },
      helpUri: 'file:///pkg/docs/rules/short-title.md',
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.results).toHaveLength(FINDINGS.length);
    expect(run.results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`)).toEqual([
      'schema/required error',
      'short-title warning',
      'draft-status note',
      'input/unreadable error',
    ]);
    expect(run.results[2].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'compacts/sub%20dir/bor%C3%A5s.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 12 },
    });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/');
  });
});

describe('junit', () => {
  it('is well-formed XML with a suite per file, a case per finding (failed at error, without a run outcome) and a passing case per clean file', async () => {
    const xml = await format('junit');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);
    const suites = parsed.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; failure?: { type: string; message: string; '#text': string }; 'system-out'?: string }[] }[];
    expect(parsed.testsuites).toMatchObject({ tests: '5', failures: '2' });
    expect(suites.map((suite) => [suite.name, suite.tests, suite.failures])).toEqual([
      ['compacts/orebro.yaml', '2', '1'],
      ['compacts/sub dir/borås.yaml', '1', '0'],
      ['compacts/clean.yaml', '1', '0'],
      ['nope.yaml', '1', '1'],
    ]);
    expect(suites[2]!.testcase[0]).toEqual({ classname: 'compacts/clean.yaml', name: 'no problems found' });
    const warning = suites[0]!.testcase[1]!;
    expect(warning.failure).toBeUndefined();
    expect(warning['system-out']).toMatch(/^warning compacts\/orebro\.yaml:7:5: the title "A\|B" is short, 50% of "min: 3, max: 9"\nsee <docs> & 'more' \(short-title\); below --fail-on error/);
    expect(suites.flatMap((suite) => suite.testcase.map((test) => test.failure?.type ?? 'pass'))).toEqual(['error', 'pass', 'pass', 'pass', 'error']);
  });

  it('replaces characters XML cannot hold', async () => {
    const xml = await format('junit', [finding('error', 'x', 'bell \u0007 here')]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('bell \uFFFD here');
  });
});

describe('github', () => {
  it('writes one workflow command per finding in the annotation syntax, escaping data and properties', async () => {
    const lines = (await format('github')).trimEnd().split('\n');
    expect(lines).toHaveLength(FINDINGS.length);
    const annotation = /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\r\n]*$/;
    for (const line of lines) expect(line).toMatch(annotation);
    expect(lines[1]).toBe(
      '::warning file=compacts/orebro.yaml,line=7,col=5,endLine=7,endColumn=12,title=short-title::the title "A|B" is short, 50%25 of "min: 3, max: 9"%0Asee <docs> & \'more\'',
    );
    expect(lines[0]).toContain('title=schema/required::');
    expect(lines[2]).toMatch(/^::notice file=compacts\/sub dir\/borås\.yaml,/);
  });

  it('escapes : and , in property values', async () => {
    const [line] = (await format('github', [finding('error', 'a:b,c', 'm', `${CWD}/x,y:z.yaml`)])).split('\n');
    expect(line).toBe('::error file=x%2Cy%3Az.yaml,line=3,col=5,endLine=3,endColumn=12,title=a%3Ab%2Cc::m');
  });
});

describe('markdown', () => {
  // A report is a fragment for a pull-request comment: it starts at level 2, and table rows are as long as their messages.
  const lintMarkdown = (text: string) => markdownlint({ strings: { report: text }, config: { default: true, MD013: { tables: false }, MD041: false } }).report ?? [];

  it('is a table of every finding, escaped, with a summary, and passes markdownlint', async () => {
    const text = await format('markdown');
    expect(lintMarkdown(text)).toEqual([]);
    expect(text).toContain('**Problems found:** 4 files, 2 errors, 1 warning, 1 info.');
    expect(text).toContain('| File | Line | Severity | Rule | Message |');
    expect(text).toContain('| compacts/orebro.yaml | 7:5 | warning | `short-title` | the title "A\\|B" is short, 50% of "min: 3, max: 9" see \\<docs\\> & \'more\' |');
    const rows = text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| File') && !line.startsWith('| ---'));
    expect(rows).toHaveLength(FINDINGS.length);
  });

  it('says "No problems found" for a clean run', async () => {
    const text = await format('markdown', []);
    expect(text).toBe('## compact lint\n\n**No problems found:** 4 files, 0 errors, 0 warnings.\n');
    expect(lintMarkdown(text)).toEqual([]);
  });
});

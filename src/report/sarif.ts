import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../findings.js';
import { languageTag, t } from '../i18n/index.js';
import { packagePath } from '../util/package-root.js';
import { portablePath } from './paths.js';
import type { ReportFormatter, RuleDescriptor } from './types.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Where a finding's rule id comes from, for findings that are not lint rules. */
const FAMILIES = new Set(['schema', 'yaml', 'input']);

/** SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards. */
export const sarif: ReportFormatter = (findings, context) => {
  const descriptors = withUnlistedRules(context.rules ?? [], findings);
  const index = new Map(descriptors.map((descriptor, i) => [descriptor.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'compact',
            version: context.toolVersion,
            informationUri: pathToFileURL(packagePath('README.md')).href,
            rules: descriptors.map((descriptor) => ({
              id: descriptor.id,
              shortDescription: { text: descriptor.description },
              ...(descriptor.docsUrl ? { helpUri: descriptor.docsUrl } : {}),
              defaultConfiguration: { level: LEVELS[descriptor.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        language: languageTag(),
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId) } : {}),
          level: LEVELS[finding.severity],
          message: { text: finding.message },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(finding.file, context.cwd), region: region(finding) } }],
          ...(finding.fix || finding.suggestions?.length ? { fixes: fixes(finding, context.cwd) } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function withUnlistedRules(rules: readonly RuleDescriptor[], findings: readonly Finding[]): RuleDescriptor[] {
  const all = [...rules];
  const listed = new Set(rules.map((rule) => rule.id));
  for (const finding of findings) {
    if (listed.has(finding.ruleId)) continue;
    listed.add(finding.ruleId);
    const [family = '', detail = ''] = finding.ruleId.split('/');
    const description = FAMILIES.has(family) ? t('report.sarif.family', { family, detail }) : finding.ruleId;
    all.push({ id: finding.ruleId, description, defaultSeverity: finding.severity });
  }
  return all;
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = portablePath(file, cwd);
  if (isAbsolute(shown)) return { uri: pathToFileURL(shown).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** The finding's fix and suggestions as SARIF fixes: replacements by character offset (UTF-16, as columnKind says). */
function fixes(finding: Finding, cwd: string) {
  const proposed = [...(finding.fix ? [{ message: finding.message, fix: finding.fix }] : []), ...(finding.suggestions ?? [])];
  return proposed.map(({ message, fix }) => ({
    description: { text: message },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(finding.file, cwd),
        replacements: [{ deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] }, insertedContent: { text: fix.text } }],
      },
    ],
  }));
}

function region(finding: Finding) {
  return { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: Math.max(finding.endColumn, 1) };
}

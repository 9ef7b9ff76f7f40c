import { Option, type Command } from 'commander';
import type { Rule } from '../lint/types.js';
import { t } from '../i18n/index.js';
import { ruleDescription } from '../lint/run-rules.js';
import { emit } from './output.js';

const FORMATS = ['table', 'json'] as const;

export function registerRules(program: Command): void {
  program
    .command('rules')
    .summary('list the lint rules, or show the docs of one')
    .description('List every lint rule with its id, default severity, whether `extends: recommended` turns it on, and what it checks; with an id, print that rule\'s docs page.')
    .argument('[id]', 'a rule id: print its docs page')
    .addOption(new Option('-f, --format <format>', 'list format').choices(FORMATS).default('table'))
    .addHelpText('after', '\nExamples:\n  $ compact rules\n  $ compact rules --format json\n  $ compact rules <rule-id>')
    .action(async (id: string | undefined, options: { format: string }) => {
      const [{ readRuleDocs }, { RULES }] = await Promise.all([import('../lint/rule-docs.js'), import('../lint/rules/index.js')]);
      if (id !== undefined) {
        await emit(await readRuleDocs(id));
        return;
      }
      await emit(options.format === 'json' ? `${JSON.stringify(RULES.map(ruleSummary), null, 2)}\n` : ruleTable(RULES));
    });
}

function ruleSummary(rule: Rule<any>) {
  const { id, defaultSeverity, recommended, docsUrl } = rule.meta;
  return { id, defaultSeverity, recommended, description: ruleDescription(rule), docsUrl };
}

function ruleTable(rules: readonly Rule<any>[]): string {
  const header = [t('rules.table.header.id'), t('rules.table.header.severity'), t('rules.table.header.recommended'), t('rules.table.header.description')];
  const rows = [
    header,
    ...rules.map((rule) => [rule.meta.id, t('report.severity', { severity: rule.meta.defaultSeverity }), rule.meta.recommended ? t('rules.table.yes') : t('rules.table.no'), ruleDescription(rule)]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ').trimEnd());
  return `${lines.join('\n')}\n\n${t('rules.table.footer', { count: rules.length })}\n`;
}

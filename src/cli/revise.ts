import { t } from '../i18n/index.js';
import type { Command } from 'commander';
import { colorFor } from '../report/color.js';
import { emit } from './output.js';

interface ReviseOptions {
  version: string;
  summary: string;
  body: string;
  date: string;
  reference?: string;
  dryRun?: boolean;
  color?: boolean;
}

export function registerRevise(program: Command): void {
  program
    .command('revise')
    .summary('record the adoption of a new revision of a compact')
    .description(
      'Record the adoption of a new revision in one step: sets version and status: adopted, rewrites adoption (the previous case number moves to adoption.replaces), sets review.last_reviewed (and next_review, when the file has one), appends to revisions and, when the file keeps a decisions list, records the adopting decision there. Comments and layout are kept; the result is validated before it is written, atomically.',
    )
    .argument('<file>', 'the compact file to revise')
    .requiredOption('--version <label>', 'the new revision\'s label, usually its year ("2024")')
    .requiredOption('--summary <text>', 'what changed in this revision')
    .requiredOption('--body <name>', 'the body that adopted it, e.g. Kommunfullmäktige')
    .requiredOption('--date <YYYY-MM-DD>', 'the day it was adopted')
    .option('--reference <case>', 'the case number (diarienummer) of the decision')
    .option('--dry-run', 'print the changes (as compact diff reports them) and write nothing')
    .option('--no-color', 'do not colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
    .addHelpText(
      'after',
      `
Examples:
  $ compact revise orebro.yaml --version 2024 --summary "Reviderad efter dialog" --body Kommunfullmäktige --date 2024-05-16 --reference KS/2024:12
  $ compact revise orebro.yaml --version 2024 --summary "…" --body Kommunfullmäktige --date 2024-05-16 --dry-run

Exit codes: 0 recorded (or, with --dry-run, shown), 2 usage error, a file that cannot be read or is not a valid compact,
a version already in revisions, or a date before the previous adoption.`,
    )
    .action(async (file: string, options: ReviseOptions) => {
      const [{ reviseCompactFile }, { formatText }] = await Promise.all([import('../authoring/revise.js'), import('../diff/format/text.js')]);
      const revised = await reviseCompactFile(
        file,
        { version: options.version, summary: options.summary, body: options.body, date: options.date, ...(options.reference !== undefined ? { reference: options.reference } : {}) },
        { dryRun: options.dryRun ?? false },
      );
      const color = colorFor(process.stdout, { color: options.color });
      const heading = options.dryRun
        ? t('revise.dryRun', { file, version: options.version })
        : t('revise.recorded', { file, version: options.version, date: options.date, body: options.body });
      await emit(`${heading}\n${formatText(revised.diff, { color, beforeLabel: file, afterLabel: t('revise.label', { version: options.version }) })}`);
    });
}

import { t } from '../i18n/index.js';
import { Option, type Command } from 'commander';
import { compactIdFor, createCompactText, DEFAULT_CIVIL_SOCIETY, INIT_LANGUAGES, initCompactFile } from '../authoring/init.js';
import { BASELINES, NO_BASELINE } from '../domain/baselines.js';
import { CompactError } from '../errors.js';
import type { Language } from '../model/index.js';
import { resolveToday } from '../util/today.js';
import { askInitAnswers, type InitAnswers } from './init-prompts.js';
import { emit } from './output.js';

interface InitFlags {
  lang?: string;
  jurisdiction?: string;
  civilSociety?: string;
  id?: string;
  baseline?: string;
  force?: boolean;
  yes?: boolean;
  today?: string;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .summary('write a new draft compact to fill in')
    .description(
      'Write a new draft compact, in Swedish (citing the baseline se-2008: the six principles of the Swedish national agreement) or English (no baseline: the same six principles as a starting point), for a named municipality: both parties, the six principles, example commitments, a joint body, a yearly meeting, an action plan for this year and a three-year review cycle, with comments that guide you through each section. On a terminal it asks for what the flags do not give; elsewhere, or with --yes, it needs --jurisdiction.',
    )
    .argument('[file]', 'the file to write (default: <id>.yaml); - writes to stdout')
    .addOption(new Option('-l, --lang <language>', 'the language of the text (default: sv)').choices(INIT_LANGUAGES))
    .option('-j, --jurisdiction <name>', 'the municipality, e.g. "Exempelby kommun"')
    .option('--civil-society <name>', `the civil-society party's name (default: "${DEFAULT_CIVIL_SOCIETY.sv}" / "${DEFAULT_CIVIL_SOCIETY.en}")`)
    .option('--id <id>', 'the compact\'s id (default: made from the municipality\'s name)')
    .addOption(
      new Option('--baseline <id>', 'the baseline set of principles the compact cites, or none (default: se-2008 for sv; none for en, as no national set fits an English compact)').choices([
        ...Object.keys(BASELINES),
        NO_BASELINE,
      ]),
    )
    .option('--force', 'overwrite the file if it exists')
    .option('-y, --yes', 'ask nothing: take the defaults for what the flags do not give')
    .option('--today <date>', 'the date the first action plan\'s year is taken from, YYYY-MM-DD (default COMPACT_TODAY, else the clock)')
    .addHelpText(
      'after',
      `
Examples:
  $ compact init
  $ compact init exempelby.yaml --jurisdiction "Exempelby kommun" --lang sv
  $ compact init - --jurisdiction "Exempelby Council" --lang en --civil-society "Exempelby Voluntary Action" > compact.yaml

Exit codes: 0 written, 2 usage error (unknown language or baseline, missing --jurisdiction without a terminal,
an existing file without --force, a target that cannot be written).`,
    )
    .action(async (file: string | undefined, flags: InitFlags) => {
      const today = resolveToday(flags.today);
      const answers = await answersFor(file, flags);
      const options = {
        language: answers.language,
        jurisdiction: answers.jurisdiction,
        civilSociety: answers.civilSociety,
        ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
        today,
        ...(flags.id !== undefined ? { id: flags.id } : {}),
      };
      if (answers.file === '-') {
        await emit(await createCompactText(options));
        return;
      }
      await initCompactFile(answers.file, { ...options, force: flags.force ?? false });
      process.stderr.write(`${t('init.wrote', { file: answers.file })}\n`);
    });
}

async function answersFor(file: string | undefined, flags: InitFlags): Promise<InitAnswers> {
  const canAsk = !flags.yes && file !== '-' && process.stdin.isTTY === true && process.stdout.isTTY === true;
  if (canAsk) return askInitAnswers({ file, language: flags.lang as Language | undefined, jurisdiction: flags.jurisdiction, civilSociety: flags.civilSociety, id: flags.id });
  if (!flags.jurisdiction) {
    throw new CompactError(t('init.needsJurisdiction'));
  }
  const language = (flags.lang ?? 'sv') as Language;
  return {
    file: file ?? `${flags.id ?? compactIdFor(flags.jurisdiction)}.yaml`,
    language,
    jurisdiction: flags.jurisdiction,
    civilSociety: flags.civilSociety ?? DEFAULT_CIVIL_SOCIETY[language],
  };
}

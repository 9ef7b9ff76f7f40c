import { t } from '../i18n/index.js';
import { compactIdFor, DEFAULT_CIVIL_SOCIETY, INIT_LANGUAGES } from '../authoring/init.js';
import { CompactError } from '../errors.js';
import { EXIT_INTERRUPTED } from './exit-codes.js';
import type { Language } from '../model/index.js';
import { lazyRequire } from '../util/lazy-require.js';

export interface InitAnswers {
  file: string;
  language: Language;
  jurisdiction: string;
  civilSociety: string;
}

/** Asks on the terminal for what the flags did not give; Ctrl-C cancels without writing anything. */
export async function askInitAnswers(given: Partial<InitAnswers> & { id?: string | undefined }): Promise<InitAnswers> {
  try {
    return await ask(given);
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new CompactError(t('init.cancelled'), { exitCode: EXIT_INTERRUPTED });
    throw error;
  }
}

async function ask(given: Partial<InitAnswers> & { id?: string | undefined }): Promise<InitAnswers> {
  const { input, select } = lazyRequire<typeof import('@inquirer/prompts')>('@inquirer/prompts');
  const required = (value: string) => value.trim() !== '' || t('init.nameRequired');
  const language =
    given.language ??
    (await select<Language>({
      message: t('init.prompt.language'),
      choices: INIT_LANGUAGES.map((value) => ({ value, name: t('init.languageName', { language: value }) })),
    }));
  const jurisdiction = given.jurisdiction ?? (await input({ message: language === 'sv' ? 'Kommunens namn' : 'Municipality', validate: required })).trim();
  const civilSociety =
    given.civilSociety ??
    (
      await input({
        message: language === 'sv' ? 'Den idéburna partens namn' : "The civil-society party's name",
        default: DEFAULT_CIVIL_SOCIETY[language],
        validate: required,
      })
    ).trim();
  const file =
    given.file ?? (await input({ message: language === 'sv' ? 'Fil att skriva' : 'File to write', default: `${given.id ?? compactIdFor(jurisdiction)}.yaml`, validate: required })).trim();
  return { file, language, jurisdiction, civilSociety };
}

import { checkObject, checkString } from '../api/arguments.js';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Scalar, stringify } from 'yaml';
import { BASELINES, baselinesFor, getBaseline, NO_BASELINE, SE_2008, type Baseline } from '../domain/baselines.js';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Language } from '../model/index.js';
import { parseCompactText } from '../load/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { packagePath, packageRoot } from '../util/package-root.js';
import { lazyRequire } from '../util/lazy-require.js';
import { closestMatch, slugify } from '../util/suggest.js';
import { validateData } from '../validate/index.js';

export const INIT_LANGUAGES: readonly Language[] = ['sv', 'en'];

/** The civil-society party's name when none is given. */
export const DEFAULT_CIVIL_SOCIETY: Record<Language, string> = {
  sv: 'Idéburna organisationer',
  en: 'Civil-society organisations',
};

export interface InitOptions {
  language: string;
  /** The municipality, e.g. "Exempelby kommun". */
  jurisdiction: string;
  /** The civil-society party's name; DEFAULT_CIVIL_SOCIETY by default. */
  civilSociety?: string;
  /** The compact's id; by default made from the jurisdiction ("Exempelby kommun" → exempelby). */
  id?: string;
  /** A baseline id, or `none`; by default the first baseline that fits the language (none for English). */
  baseline?: string;
  /** Today, YYYY-MM-DD: the first action plan covers its year. */
  today: string;
  /** Where the file will be written (for the schema modeline); undefined for stdout. */
  target?: string;
}

/** "Exempelby kommun" → "exempelby": the usual id of a municipality's compact. */
export function compactIdFor(jurisdiction: string): string {
  checkString('compactIdFor', 'jurisdiction', jurisdiction, t('api.municipalityName'));
  const name = jurisdiction.trim().replace(/\s+(kommun|stad|municipality|council|city council|borough council)$/i, '');
  return slugify(name) || slugify(jurisdiction);
}

/** The text of a new draft compact, from the baseline's template in the chosen language. Validated before it is returned. */
export async function createCompactText(options: InitOptions): Promise<string> {
  checkObject('createCompactText', 'options', options, t('api.objectSuchAs', { example: "{ language: 'sv', jurisdiction: 'Exempelby kommun' }" }));
  checkString('createCompactText', 'options.jurisdiction', options.jurisdiction, t('api.municipalityName'));
  const language = checkLanguage(options.language);
  // A compact in a language no baseline fits (English: there is no national set of principles to cite) gets none.
  const baseline = options.baseline === undefined ? baselinesFor(language)[0] : options.baseline === NO_BASELINE ? undefined : checkBaseline(options.baseline);
  const jurisdiction = oneLine(options.jurisdiction, '--jurisdiction');
  const civilSociety = oneLine(options.civilSociety ?? DEFAULT_CIVIL_SOCIETY[language], '--civil-society');
  const id = options.id ?? compactIdFor(jurisdiction);
  if (options.id === undefined && id === '') throw new CompactError(t('init.noIdFromJurisdiction', { jurisdiction }));
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new CompactError(t('init.badId', { id }));
  // Without a baseline the draft keeps the same six principles as a starting point, linked to no national set.
  const template = await readFile(packagePath('templates', 'init', SE_2008.id, `${language}.yaml.hbs`), 'utf8');
  const render = compileTemplate(template, baseline ?? SE_2008, language);
  const text = render({
    id,
    jurisdiction,
    civilSociety,
    baseline: baseline?.id ?? '',
    year: options.today.slice(0, 4),
    schemaPath: options.target === undefined ? undefined : schemaPathFrom(options.target),
  });
  assertValid(text);
  return text;
}

/** Writes a new compact to `path` (atomically); refuses to replace an existing file unless `force`. */
export async function initCompactFile(path: string, options: Omit<InitOptions, 'target'> & { force?: boolean }): Promise<string> {
  if (!options.force && existsSync(resolve(path))) throw new CompactError(t('init.exists', { file: path }));
  const text = await createCompactText({ ...options, target: path });
  await writeFileAtomic(path, text);
  return text;
}

function checkLanguage(language: string): Language {
  if ((INIT_LANGUAGES as readonly string[]).includes(language)) return language as Language;
  const near = closestMatch(language, INIT_LANGUAGES);
  throw new CompactError(t('init.unknownLanguage', { language, hint: near ? t('init.didYouMean', { near }) : '' }));
}

function checkBaseline(id: string): Baseline {
  const baseline = getBaseline(id);
  if (baseline) return baseline;
  const known = [...Object.keys(BASELINES), NO_BASELINE];
  const near = closestMatch(id, known);
  throw new CompactError(t('init.unknownBaseline', { id, hint: near ? t('init.didYouMean', { near }) : '', known: known.join(', ') }));
}

function oneLine(value: string, option: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || /[\r\n]/.test(trimmed)) throw new CompactError(t('init.nameOneLine', { option, got: JSON.stringify(value) }));
  return trimmed;
}

/** The modeline's path from the new file to the schema, when the file is inside this package; else undefined. */
function schemaPathFrom(target: string): string | undefined {
  const directory = dirname(resolve(target));
  const root = packageRoot();
  const inside = relative(root, directory);
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return relative(directory, packagePath('schemas', 'compact.schema.json')).split(sep).join('/');
}

type Render = (context: Record<string, unknown>) => string;

function compileTemplate(template: string, baseline: Baseline, language: Language): Render {
  const handlebars = lazyRequire<typeof import('handlebars')>('handlebars').create();
  // Values are written as YAML scalars, quoted only where YAML needs it; the block form turns its content into one.
  handlebars.registerHelper('yaml', function (this: unknown, ...args: unknown[]) {
    const options = args.pop() as { fn?: (context: unknown) => string };
    const value = options.fn ? options.fn(this) : String(args[0]);
    return stringify(new Scalar(value), { lineWidth: 0 }).trimEnd();
  });
  handlebars.registerHelper('principleTitle', (principleId: string) => {
    const principle = baseline.principles.find((candidate) => candidate.id === principleId);
    if (!principle) throw new Error(`the template names principle "${principleId}", which baseline ${baseline.id} does not have`);
    return principle.title[language];
  });
  return handlebars.compile(template, { noEscape: true, strict: true });
}

function assertValid(text: string): void {
  const loaded = parseCompactText(text, 'compact init');
  const findings = loaded.ok ? validateData(loaded.compact.data, loaded.compact.sourceMap, 'compact init') : loaded.findings;
  if (findings.length > 0) throw new Error(`the init template does not give a valid compact: ${findings[0]!.message}`);
}

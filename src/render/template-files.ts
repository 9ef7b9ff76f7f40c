import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CompactError } from '../errors.js';
import type { Language } from '../model/index.js';
import { describeFsError } from '../util/atomic-write.js';
import { packagePath } from '../util/package-root.js';

export const MAIN_TEMPLATE = 'compact.md.hbs';
export const STRINGS_FILE = 'strings.yaml';
export const STYLE_FILE = 'style.css';

export interface TemplateSource {
  file: string;
  text: string;
}

/** Every file a render uses, each from the user's template folder when it has one, else the built-in one. */
export interface TemplateFiles {
  main: TemplateSource;
  partials: Map<string, TemplateSource>;
  /** The built-in strings first, then the user's, whose labels win. */
  strings: TemplateSource[];
  style: TemplateSource;
}

export function builtinTemplateDir(lang: Language): string {
  return packagePath('templates', lang);
}

/**
 * Reads the templates of a language. A user folder overrides them file by file (it may hold only some partials);
 * when it has a sub-folder named after the language (`sv/`, `en/`), that sub-folder is used.
 */
export async function readTemplateFiles(lang: Language, userDir?: string): Promise<TemplateFiles> {
  const builtin = builtinTemplateDir(lang);
  const user = userDir === undefined ? undefined : await userFolder(userDir, lang);
  const pick = async (...parts: string[]): Promise<TemplateSource> => {
    const own = user === undefined ? undefined : await readIfPresent(join(user, ...parts));
    return own ?? (await readRequired(join(builtin, ...parts)));
  };
  const partials = new Map<string, TemplateSource>();
  for (const dir of user === undefined ? [builtin] : [builtin, user]) {
    for (const file of await listPartials(join(dir, 'partials'))) {
      partials.set(basename(file, '.hbs'), await readRequired(file));
    }
  }
  const strings = [await readRequired(join(builtin, STRINGS_FILE))];
  const userStrings = user === undefined ? undefined : await readIfPresent(join(user, STRINGS_FILE));
  if (userStrings) strings.push(userStrings);
  const style = (user === undefined ? undefined : await readIfPresent(join(user, STYLE_FILE))) ?? (await readRequired(packagePath('templates', STYLE_FILE)));
  return { main: await pick(MAIN_TEMPLATE), partials, strings, style };
}

async function userFolder(dir: string, lang: Language): Promise<string> {
  const info = await stat(dir).catch((error: unknown) => {
    throw new CompactError(`cannot read the template folder ${dir}: ${describeFsError(error)}`, { cause: error });
  });
  if (!info.isDirectory()) throw new CompactError(`--template must be a folder of templates (compact.md.hbs, partials/*.hbs, strings.yaml); ${dir} is a file`);
  const perLanguage = join(dir, lang);
  return (await stat(perLanguage).catch(() => undefined))?.isDirectory() ? perLanguage : dir;
}

async function listPartials(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new CompactError(`cannot read the partials folder ${dir}: ${describeFsError(error)}`, { cause: error });
  });
  return names.filter((name) => name.endsWith('.hbs')).sort().map((name) => join(dir, name));
}

async function readIfPresent(file: string): Promise<TemplateSource | undefined> {
  try {
    return { file, text: await readFile(file, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CompactError(`cannot read the template ${file}: ${describeFsError(error)}`, { cause: error });
  }
}

async function readRequired(file: string): Promise<TemplateSource> {
  const source = await readIfPresent(file);
  if (!source) throw new CompactError(`the template ${file} is missing; reinstall compact`);
  return source;
}

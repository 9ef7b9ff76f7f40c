import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, isAbsolute } from 'node:path';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Language } from '../model/index.js';
import { readSource } from '../load/read-source.js';
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
  const readUser = async (file: string) => (user === undefined ? undefined : readUserFile(file, user.root));
  const pick = async (...parts: string[]): Promise<TemplateSource> => {
    const own = user === undefined ? undefined : await readUser(join(user.dir, ...parts));
    return own ?? (await readRequired(join(builtin, ...parts)));
  };
  const partials = new Map<string, TemplateSource>();
  for (const file of await listPartials(join(builtin, 'partials'))) partials.set(basename(file, '.hbs'), await readRequired(file));
  if (user !== undefined) {
    for (const file of await listPartials(join(user.dir, 'partials'))) partials.set(basename(file, '.hbs'), (await readUser(file))!);
  }
  const strings = [await readRequired(join(builtin, STRINGS_FILE))];
  const userStrings = user === undefined ? undefined : await readUser(join(user.dir, STRINGS_FILE));
  if (userStrings) strings.push(userStrings);
  const style = (user === undefined ? undefined : await readUser(join(user.dir, STYLE_FILE))) ?? (await readRequired(packagePath('templates', STYLE_FILE)));
  return { main: await pick(MAIN_TEMPLATE), partials, strings, style };
}

/**
 * A file of the user's template folder, or undefined when it is absent. It must be a regular text file inside the
 * folder: a link that leads out of it (to /etc/passwd, say, committed in a pull request) is refused, and so is a
 * device or a pipe, which could be read without end.
 */
async function readUserFile(file: string, root: string): Promise<TemplateSource | undefined> {
  let target: string;
  try {
    target = await realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CompactError(t('render.template.unreadable', { file, problem: describeFsError(error) }), { cause: error });
  }
  const inside = relative(root, target);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new CompactError(t('render.template.linkOutside', { file, target }));
  }
  const info = await stat(target);
  if (!info.isFile()) throw new CompactError(t('render.template.notFile', { file }));
  const source = await readSource(file);
  if (!source.ok) throw new CompactError(t('render.template.unreadable', { file, problem: source.findings[0]!.message }));
  return { file, text: source.text };
}

/** The folder to read (the language's sub-folder when there is one) and the real path that every file must be inside. */
async function userFolder(dir: string, lang: Language): Promise<{ dir: string; root: string }> {
  const info = await stat(dir).catch((error: unknown) => {
    throw new CompactError(t('render.template.folderUnreadable', { folder: dir, problem: describeFsError(error) }), { cause: error });
  });
  if (!info.isDirectory()) throw new CompactError(t('render.template.notFolder', { folder: dir }));
  const root = await realpath(dir);
  const perLanguage = join(dir, lang);
  return { dir: (await stat(perLanguage).catch(() => undefined))?.isDirectory() ? perLanguage : dir, root };
}

async function listPartials(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new CompactError(t('render.template.partialsUnreadable', { folder: dir, problem: describeFsError(error) }), { cause: error });
  });
  return names.filter((name) => name.endsWith('.hbs')).sort().map((name) => join(dir, name));
}

async function readIfPresent(file: string): Promise<TemplateSource | undefined> {
  try {
    return { file, text: await readFile(file, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CompactError(t('render.template.unreadable', { file, problem: describeFsError(error) }), { cause: error });
  }
}

async function readRequired(file: string): Promise<TemplateSource> {
  const source = await readIfPresent(file);
  if (!source) throw new CompactError(t('render.template.missing', { file }));
  return source;
}

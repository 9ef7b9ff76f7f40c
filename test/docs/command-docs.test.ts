import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Command } from 'commander';
import { lint as markdownlint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { ROOT } from '../helpers/cli.js';

const DOCS = join(ROOT, 'docs/commands');
const program = await buildProgram();
const topLevel = program.commands;

function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The text from a heading line to the next heading of the same or a higher level. */
function sectionUnder(markdown: string, heading: string): string | undefined {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line === heading);
  if (start < 0) return undefined;
  const level = heading.match(/^#+/)![0].length;
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.match(/^#+/)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The flags in the first column of the first table under `### Options` / `## Options` of a section. */
function documentedFlags(section: string, level: string): string[] {
  const options = sectionUnder(section, `${level} Options`);
  if (options === undefined) return [];
  const lines = options.split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|')[1]!);
  }
  return rows.flatMap((cell) => cell.match(/(?<![\w-])--?[a-zA-Z][\w-]*/g) ?? []);
}

function commanderFlags(command: Command): string[] {
  return [...command.options.flatMap((option) => [option.short, option.long]), '-h', '--help'].filter((flag): flag is string => flag !== undefined);
}

/** Each command that takes options, with its docs page and the part of the page about it. */
function documentedCommands(): Array<{ name: string; command: Command; section: string; level: string }> {
  return topLevel.flatMap((command) => {
    const page = read(join(DOCS, `${command.name()}.md`));
    const subcommands = command.commands.filter((sub) => sub.name() !== 'help');
    if (subcommands.length === 0) return [{ name: command.name(), command, section: page, level: '##' }];
    return subcommands.map((sub) => ({
      name: `${command.name()} ${sub.name()}`,
      command: sub,
      section: sectionUnder(page, `## \`compact ${command.name()} ${sub.name()}\``) ?? '',
      level: '###',
    }));
  });
}

/** Every Markdown file under a folder. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const [, text] of withoutCode.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = text!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

/** The relative links of a Markdown file that do not resolve: a missing file, or a missing heading anchor. */
function brokenLinks(file: string): string[] {
  const markdown = read(file).replace(/^```[\s\S]*?^```/gm, '');
  const broken: string[] = [];
  for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target!)) continue;
    const [path, anchor] = target!.split('#');
    const resolved = path ? join(dirname(file), path) : file;
    if (!existsSync(resolved)) broken.push(`${relative(ROOT, file)}: ${target} (no such file)`);
    else if (anchor && resolved.endsWith('.md') && !anchors(read(resolved)).has(anchor)) broken.push(`${relative(ROOT, file)}: ${target} (no such heading)`);
  }
  return broken;
}

describe('docs/commands: a page per command that matches the CLI', () => {
  it('has a page for every command and no page for a command that does not exist', () => {
    const pages = readdirSync(DOCS).filter((file) => file.endsWith('.md')).map((file) => file.replace(/\.md$/, '')).sort();
    expect(pages).toEqual(topLevel.map((command) => command.name()).sort());
  });

  it.each(documentedCommands().map((entry) => [entry.name, entry] as const))('lists exactly the options of compact %s', (_name, { command, section, level }) => {
    expect(section, 'the page has a section for the command').not.toBe('');
    expect(new Set(documentedFlags(section, level))).toEqual(new Set(commanderFlags(command)));
  });

  it.each(topLevel.map((command) => [command.name()]))('%s: has a synopsis, examples and exit codes, and its examples use only real options', (name) => {
    const page = read(join(DOCS, `${name}.md`));
    expect(page.startsWith(`# \`compact ${name}\`\n`)).toBe(true);
    expect(page).toContain('\n## Synopsis\n');
    expect(page).toMatch(/\n#{2,3} Exit codes\n\n\| code \| \|\n\| --- \| --- \|\n\| 0 \| /);
    expect(page).toMatch(/\n#{2,3} Examples\n\n```sh\n.*compact /);

    const byPath = new Map(documentedCommands().map((entry) => [entry.name, new Set(commanderFlags(entry.command))]));
    for (const block of page.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
      for (const line of block[1]!.replace(/\\\n/g, ' ').split('\n')) {
        const invoked = line.match(/compact ((?:signatory )?[a-z]+)\b(.*)/);
        if (!invoked || !byPath.has(invoked[1]!)) continue;
        const flags = (invoked[2]!.replace(/#.*$/, '').match(/(?<=\s)--?[a-zA-Z][\w-]*/g) ?? []).map((flag) => flag.split('=')[0]!);
        for (const flag of flags) expect(byPath.get(invoked[1]!), `${name}.md: ${line}`).toContain(flag);
      }
    }
  });

  it('is linked from the README command table, one link per command', () => {
    const readme = read(join(ROOT, 'README.md'));
    const table = sectionUnder(readme, '## Commands')!.split('\n').filter((line) => line.startsWith('| ['));
    const linked = table.flatMap((row) => [...row.matchAll(/\]\(docs\/commands\/([a-z]+)\.md\)/g)].map((match) => match[1]));
    expect(linked.sort()).toEqual(topLevel.map((command) => command.name()).sort());
  });

  it('names in the README only options the commands have', () => {
    const readme = read(join(ROOT, 'README.md'));
    const byName = new Map(topLevel.map((command) => [command.name(), new Set([command, ...command.commands].flatMap(commanderFlags))]));
    const unknown: string[] = [];
    for (const block of readme.matchAll(/^```(?:sh|text)\n([\s\S]*?)^```/gm)) {
      for (const line of block[1]!.split('\n')) {
        const invoked = line.match(/(?:^|\$ )compact ([a-z]+)\b(.*)/);
        if (!invoked || !byName.has(invoked[1]!)) continue;
        const flags = (invoked[2]!.replace(/#.*$/, '').replace(/"[^"]*"/g, '').match(/(?<=\s)--?[a-zA-Z][\w-]*/g) ?? []).map((flag) => flag.split('=')[0]!);
        for (const flag of flags) if (!byName.get(invoked[1]!)!.has(flag)) unknown.push(`compact ${invoked[1]} ${flag}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('has no broken links, in the README or anywhere in docs/', () => {
    const files = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];
    expect(files.flatMap(brokenLinks)).toEqual([]);
  });

  it('passes markdownlint', () => {
    const files = readdirSync(DOCS).map((file) => join(DOCS, file));
    const results = markdownlint({ files, config: { default: true, 'line-length': false, 'no-duplicate-heading': { siblings_only: true } } });
    expect(results.toString()).toBe('');
  });
});

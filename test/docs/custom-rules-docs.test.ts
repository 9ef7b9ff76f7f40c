import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lint as markdownlint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkConfigShape } from '../../src/lint/config/check-config.js';
import { runCli, ROOT } from '../helpers/cli.js';

const PAGES = ['docs/custom-rules.md', 'docs/configuration.md'].map((page) => join(ROOT, page));

interface Block {
  info: string;
  body: string;
}

/** The fenced code blocks of each `## ` section of a page. */
function sections(markdown: string): Block[][] {
  return markdown.split(/^## /m).map((section) => [...section.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map(([, info, body]) => ({ info: info!.trim(), body: body! })));
}

/** GitHub's heading anchors, enough for these pages: lower case, punctuation dropped, spaces as hyphens. */
function anchors(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#+ (.*)$/gm)].map(([, heading]) => heading!.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-')));
}

describe('docs/custom-rules.md: its examples run as written', () => {
  const blocks = sections(readFileSync(PAGES[0]!, 'utf8'));

  it('each example section writes its files, runs its commands and prints exactly the output shown', async () => {
    let commands = 0;
    for (const section of blocks) {
      if (!section.some((block) => block.info === 'text output')) continue;
      const dir = mkdtempSync(join(tmpdir(), 'compact-docs-example-'));
      for (const [index, block] of section.entries()) {
        const file = /\bfile=(\S+)/.exec(block.info)?.[1];
        if (file) {
          mkdirSync(dirname(join(dir, file)), { recursive: true });
          writeFileSync(join(dir, file), block.body);
          continue;
        }
        if (block.info !== 'sh') continue;
        const expected = section[index + 1];
        expect(expected?.info, 'a command is followed by its output').toBe('text output');
        const args = block.body.trim().replace(/^compact /, '').split(/\s+/);
        const run = await runCli(args, { cwd: dir });
        expect(run.stdout, block.body).toBe(expected!.body);
        commands++;
      }
    }
    expect(commands).toBe(3);
  });

  it('every function in the table is one the config accepts, and every one the config accepts is in the table', async () => {
    const { FUNCTION_NAMES } = await import('../../src/lint/custom/functions.js');
    const markdown = readFileSync(PAGES[0]!, 'utf8');
    const table = markdown.split('### Functions')[1]!.split('###')[0]!;
    const documented = [...table.matchAll(/^\| `(\w+)` \|/gm)].map(([, name]) => name).sort();
    expect(documented).toEqual([...FUNCTION_NAMES].sort());
  });
});

describe('docs/configuration.md', () => {
  it('its config examples are configs compact accepts', () => {
    const configs = sections(readFileSync(PAGES[1]!, 'utf8'))
      .flat()
      .filter((block) => block.info === 'yaml')
      .map((block) => parse(block.body) as Record<string, unknown>)
      // The output of --print-config (which has `file`) is not a config.
      .filter((data) => ('rules' in data || 'extends' in data || 'overrides' in data) && !('file' in data));
    expect(configs.length).toBeGreaterThanOrEqual(3);
    for (const config of configs) expect(checkConfigShape(config)).toEqual([]);
  });
});

describe('the two pages', () => {
  it('have no broken links and pass markdownlint', () => {
    for (const page of PAGES) {
      const markdown = readFileSync(page, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
      for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const [path, anchor] = target!.split('#');
        const resolved = path ? join(dirname(page), path) : page;
        expect(existsSync(resolved), `${page}: ${target}`).toBe(true);
        if (anchor) expect(anchors(readFileSync(resolved, 'utf8')).has(anchor), `${page}: ${target}`).toBe(true);
      }
    }
    const results = markdownlint({ files: PAGES, config: { default: true, 'line-length': false, 'no-duplicate-heading': { siblings_only: true } } });
    expect(results.toString()).toBe('');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precompiledTemplatesModule } from '../../scripts/precompile-templates.mjs';
import { renderMarkdown } from '../../src/render/markdown.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { EXAMPLES, example } from './helpers.js';

const LANGS = ['sv', 'en'] as const;

describe('the built-in templates precompiled into the bundle', () => {
  it.each(LANGS)('give the CLI in %s the same Markdown, byte for byte, as the templates compiled from the sources', async (lang) => {
    for (const name of EXAMPLES) {
      const result = await runCli(['render', `examples/${name}.yaml`, '--format', 'md', '--lang', lang, '--out', '-'], { env: { SOURCE_DATE_EPOCH: '' } });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout, name).toBe(await renderMarkdown(example(name), { lang }));
    }
  });

  it('cover every template and partial of both languages, each naming the file it is used from', async () => {
    const text = precompiledTemplatesModule(ROOT);
    const { PRECOMPILED } = (await import(`data:text/javascript,${encodeURIComponent(text)}`)) as { PRECOMPILED: Map<string, (source: string) => unknown> };
    const files = LANGS.flatMap((lang) => ['compact.md.hbs', ...readdirSync(join(ROOT, 'templates', lang, 'partials')).map((name) => `partials/${name}`)].map((file) => join('templates', lang, file)));
    expect(PRECOMPILED.size).toBe(new Set(files.map((file) => readFileText(file))).size);
    for (const factory of PRECOMPILED.values()) {
      const code = String(factory);
      expect(code).not.toContain('compact-template-source');
      expect(code.match(/"source":source/g)?.length ?? 0).toBe(code.match(/"start":\{"line"/g)?.length ?? 0);
    }
  });
});

function readFileText(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

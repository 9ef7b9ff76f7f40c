// The built-in templates (templates/<lang>/compact.md.hbs and its partials) precompiled to Handlebars specs, as
// the JavaScript of a module that scripts/build.mjs puts in place of src/render/precompiled.ts: a render then
// skips parsing and compiling them, and the bundle's code cache keeps their compiled code.
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Stands for the template's file in the positions the spec carries; the module's factory puts the real one in. */
const SOURCE = '\u0000compact-template-source\u0000';

export function precompiledTemplatesModule(root) {
  const entries = [];
  for (const lang of ['sv', 'en']) {
    const dir = join(root, 'templates', lang);
    const partials = readdirSync(join(dir, 'partials')).filter((name) => name.endsWith('.hbs')).map((name) => join(dir, 'partials', name));
    for (const file of [join(dir, 'compact.md.hbs'), ...partials]) {
      const text = readFileSync(file, 'utf8');
      // As src/render/template.ts compiles a template: parsed with its file as the source, strict, not escaped.
      const hb = Handlebars.create();
      const spec = hb.precompile(hb.parse(text, { srcName: SOURCE }), { strict: true, noEscape: true });
      const withSource = spec.replaceAll(JSON.stringify(SOURCE), 'source');
      if (withSource.includes('compact-template-source')) throw new Error(`${file}: the template's source is written in a form the build does not expect`);
      entries.push(`[${JSON.stringify(text)}, (source) => (${withSource})]`);
    }
  }
  return `export const PRECOMPILED = new Map([\n${entries.join(',\n')}\n]);\n`;
}

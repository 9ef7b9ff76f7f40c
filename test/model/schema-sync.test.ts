import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { generateModelTypes, generateValidatorModule, createAjv } from '../../scripts/schema-codegen.mjs';
import { isCompact, parseCompact, type Compact } from '../../src/index.js';
import { runSchema } from '../../src/validate/run-schema.js';
import { ROOT } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(`${ROOT}schemas/compact.schema.json`, 'utf8'));

describe('one model: everything derives from schemas/compact.schema.json', () => {
  it('the TypeScript types are generated from the schema and up to date', async () => {
    expect(readFileSync(`${ROOT}src/model/compact.generated.ts`, 'utf8')).toBe(await generateModelTypes(schema));
  });

  it('the precompiled validator is generated from the schema and up to date', () => {
    expect(readFileSync(`${ROOT}src/validate/compiled-schema.generated.ts`, 'utf8')).toBe(generateValidatorModule(schema));
  });

  it('the precompiled validator agrees with ajv compiling the schema at run time', () => {
    const validateAtRunTime = createAjv().compile(schema);
    for (const name of ['botkyrka', 'orebro', 'boras', 'sodertalje']) {
      const data = parseCompact(readFileSync(`${ROOT}examples/${name}.yaml`, 'utf8')).data;
      expect(validateAtRunTime(data)).toBe(true);
      expect(runSchema(data)).toEqual([]);
    }
    const broken = { compact: 1, id: 'X', title: '', language: 'fi', status: 'adopted', parties: [], principles: [{ id: 'a' }] };
    validateAtRunTime(broken);
    expect(runSchema(broken)).toEqual(validateAtRunTime.errors);
  });

  it('describes every property, so editors can show help', () => {
    const missing: string[] = [];
    const visit = (node: Record<string, unknown>, where: string) => {
      for (const [name, sub] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        const target = sub.$ref ? schema.$defs[String(sub.$ref).replace('#/$defs/', '')] : sub;
        if (!sub.description && !target?.description) missing.push(`${where}.${name}`);
        visit(sub, `${where}.${name}`);
      }
    };
    visit(schema, '$');
    for (const [name, def] of Object.entries(schema.$defs as Record<string, Record<string, unknown>>)) {
      if (!def.description) missing.push(`$defs.${name}`);
      visit(def, `$defs.${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('types a valid compact as Compact', () => {
    const data: unknown = parseCompact(readFileSync(`${ROOT}examples/orebro.yaml`, 'utf8')).data;
    expect(isCompact(data)).toBe(true);
    if (isCompact(data)) expectTypeOf(data).toEqualTypeOf<Compact>();
  });
});

import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { compile } from 'json-schema-to-typescript';
import { addEditorAnnotations } from '../src/validate/annotations.ts';
import { compactFormats } from '../src/validate/formats.ts';

const BANNER = '// Generated from schemas/compact.schema.json by scripts/generate.mjs. Do not edit.\n';

/** Ajv options shared by the build-time compiler and the tests that compare against it. */
export const ajvOptions = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true };

export function createAjv(extraOptions = {}) {
  const ajv = new Ajv2020.default({ ...ajvOptions, ...extraOptions });
  // The compiled code refers to these same functions by name (code.formats), so build and run agree.
  for (const [name, format] of Object.entries(compactFormats)) ajv.addFormat(name, format);
  return addEditorAnnotations(ajv);
}

const ANNOTATIONS = new Set(['title', 'description', 'markdownDescription', 'examples', '$comment']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs']);

/** The schema without annotations, which do not change what validates and only weigh on start-up. */
export function withoutAnnotations(schema) {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (!schema || typeof schema !== 'object') return schema;
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    copy[key] = SCHEMA_MAPS.has(key)
      ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]))
      : withoutAnnotations(value);
  }
  return copy;
}

/** Runtime helpers of ajv that the validator takes from this project instead, with the same results. */
const OWN_HELPERS = { 'ajv/dist/runtime/ucs2length': './code-point-length' };

/** Standalone code is CommonJS-flavoured where it needs ajv's runtime helpers; turn those into imports. */
function hoistRequires(code) {
  const imports = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_match, required) => {
    const name = `runtime${imports.length}`;
    const specifier = OWN_HELPERS[required] ?? required;
    imports.push(`import * as ${name}Module from '${specifier}.js';\nconst ${name} = commonJs(${name}Module);`);
    return name;
  });
  if (imports.length) {
    // Node hands a CommonJS module's exports over as the default export; some loaders unwrap its own
    // `default` as well. Either way the code expects `{ default: helper }`.
    imports.unshift('const commonJs = (m) => { const v = m.default ?? m; return v && v.default ? v : { default: v }; };');
  }
  return { imports, body };
}

export function generateValidatorModule(schema) {
  const ajv = createAjv({ code: { source: true, esm: true, formats: _`compactFormats` } });
  const validate = ajv.compile(withoutAnnotations(schema));
  const { imports, body } = hoistRequires(standaloneCode.default(ajv, validate));
  return [BANNER + '// @ts-nocheck', "import { compactFormats } from './formats.js';", ...imports, body].join('\n') + '\n';
}

/** Drop the x- extension keys: they are open-ended and carry no type. */
function withoutExtensions(node) {
  if (Array.isArray(node)) return node.map(withoutExtensions);
  if (!node || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'patternProperties') continue;
    copy[key] = withoutExtensions(value);
  }
  return copy;
}

export async function generateModelTypes(schema) {
  const types = await compile(withoutExtensions(schema), 'Compact', {
    bannerComment: '',
    additionalProperties: false,
    strictIndexSignatures: true,
    unreachableDefinitions: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  return `${BANNER}${types}`;
}

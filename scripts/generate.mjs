// Generates, from schemas/compact.schema.json, the two files derived from it:
//   src/model/compact.generated.ts            TypeScript types of a compact
//   src/validate/compiled-schema.generated.ts the standalone ajv validator
// `npx tsx scripts/generate.mjs --check` exits 1 when either file is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateModelTypes, generateValidatorModule } from './schema-codegen.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = JSON.parse(await readFile(`${root}schemas/compact.schema.json`, 'utf8'));
const outputs = [
  [`${root}src/model/compact.generated.ts`, await generateModelTypes(schema)],
  [`${root}src/validate/compiled-schema.generated.ts`, generateValidatorModule(schema)],
];

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, content] of outputs) {
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === content) continue;
  if (check) {
    console.error(`out of date: ${file} (run npm run generate)`);
    stale++;
  } else {
    await writeFile(file, content);
    console.log(`wrote ${file}`);
  }
}
process.exitCode = stale ? 1 : 0;

import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../scripts/schema-codegen.mjs';
import { addEditorAnnotations, compactSchema } from '../../src/index.js';
import { ROOT } from '../helpers/cli.js';

type SchemaNode = Record<string, unknown>;

const schema = JSON.parse(readFileSync(`${ROOT}schemas/compact.schema.json`, 'utf8')) as SchemaNode & { $defs: Record<string, SchemaNode> };

/** Every subschema with its JSON pointer: the root, properties, items, $defs and the branches of if/then. */
function subschemas(node: SchemaNode, pointer = ''): Array<[string, SchemaNode]> {
  const found: Array<[string, SchemaNode]> = [[pointer, node]];
  for (const map of ['properties', 'patternProperties', '$defs']) {
    for (const [name, sub] of Object.entries((node[map] ?? {}) as Record<string, SchemaNode>)) found.push(...subschemas(sub, `${pointer}/${map}/${name}`));
  }
  for (const single of ['items', 'if', 'then', 'not']) {
    if (node[single] && typeof node[single] === 'object') found.push(...subschemas(node[single] as SchemaNode, `${pointer}/${single}`));
  }
  return found;
}

const all = subschemas(schema);

describe('the schema as editors see it', () => {
  it('has a versioned, URL-shaped $id under a reserved domain that can never point at someone else’s site', () => {
    expect(schema.$id).toMatch(/^https:\/\/[a-z.]+\.invalid\/schema\/1\/compact\.schema\.json$/);
  });

  it('gives every markdownDescription as non-empty text next to a plain description', () => {
    const annotated = all.filter(([, node]) => 'markdownDescription' in node);
    expect(annotated.length).toBeGreaterThan(30);
    for (const [pointer, node] of annotated) {
      expect(typeof node.markdownDescription, pointer).toBe('string');
      expect(String(node.markdownDescription).trim(), pointer).not.toBe('');
      expect(typeof node.description, `${pointer} has markdownDescription but no description`).toBe('string');
    }
  });

  it('annotates the fields authors fill in most: parties, principles, commitments, governance, adoption, review, signatories', () => {
    const annotated = new Set(all.filter(([, node]) => node.markdownDescription).map(([pointer]) => pointer));
    for (const pointer of [
      '', '/properties/parties', '/properties/principles', '/properties/commitments', '/$defs/commitment/properties/principles',
      '/$defs/body', '/$defs/actionPlan', '/$defs/adoption', '/$defs/adoption/properties/reference', '/$defs/decision/properties/reference',
      '/$defs/review', '/$defs/review/properties/cycle_years', '/$defs/signatory', '/$defs/signatory/properties/org_number',
    ]) {
      expect(annotated, pointer).toContain(pointer);
    }
  });

  it('keeps markdownDescription off a shared definition that a described property refers to, so the editor shows the property’s own text', () => {
    // The YAML language server shows the markdownDescription of a $ref's target in preference to the plain
    // description beside the $ref: signatories[].party would read as the generic text of an id.
    const shadowed = all.flatMap(([pointer, node]) => {
      if (typeof node.$ref !== 'string' || !node.description || node.markdownDescription) return [];
      const target = schema.$defs[node.$ref.replace('#/$defs/', '')]!;
      return target.markdownDescription ? [`${pointer} → ${node.$ref}`] : [];
    });
    expect(shadowed).toEqual([]);
  });

  it('validates every example against the subschema it illustrates', () => {
    const ajv = createAjv();
    const withExamples = all.filter(([, node]) => Array.isArray(node.examples));
    expect(withExamples.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const [pointer, node] of withExamples) {
      const validate = ajv.compile({ ...node, $defs: schema.$defs });
      for (const example of node.examples as unknown[]) {
        if (!validate(example)) failures.push(`${pointer}: ${JSON.stringify(example)} ${ajv.errorsText(validate.errors)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('shows the case-number and organisation-number formats authors must follow', () => {
    const defs = schema.$defs;
    expect(defs.caseNumber!.examples).toContain('KS/2016:639');
    expect(defs.signatory!.properties).toBeDefined();
    const orgNumber = (defs.signatory!.properties as Record<string, SchemaNode>).org_number!;
    expect(orgNumber.examples).toEqual(['802000-0009']);
    expect(orgNumber.markdownDescription).toContain('NNNNNN-NNNN');
  });

  it('compiles in a user’s own strict ajv once the library’s addEditorAnnotations has taught it markdownDescription', () => {
    const strictAjv = () => new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, validateFormats: false });
    expect(() => strictAjv().compile(compactSchema)).toThrow(/unknown keyword: "markdownDescription"/);
    const validate = addEditorAnnotations(strictAjv()).compile(compactSchema);
    expect(validate({ compact: 1, id: 'x', title: 'X', language: 'sv', status: 'draft', parties: [], principles: [] })).toBe(false);
  });
});

import schema from '../../schemas/compact.schema.json' with { type: 'json' };
import type { JsonPath } from '../findings.js';

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  description?: string;
}

const root = schema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let depth = 0; current?.$ref && depth < 10; depth++) {
    const name = current.$ref.replace('#/$defs/', '');
    current = { ...root.$defs[name], ...withoutRef(current) };
  }
  return current;
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/** The schema that describes the value at `path` (following properties, items and $ref). */
export function schemaAt(path: JsonPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    node = deref(node);
    if (!node) return undefined;
    node = typeof segment === 'number' ? node.items : node.properties?.[segment];
  }
  return deref(node);
}

/** The keys the schema allows in the mapping at `path`, in the schema's order. */
export function allowedKeys(path: JsonPath): string[] {
  return Object.keys(schemaAt(path)?.properties ?? {});
}

/**
 * The JSON Schema every compact is checked against (schemas/compact.schema.json). Typed as plain data so that the
 * published declarations do not import the JSON file, which sits outside dist/types.
 */
export const compactSchema: Readonly<Record<string, unknown>> = schema;

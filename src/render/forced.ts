import { formatPath, pointerToPath, type JsonPath } from '../findings.js';
import type { Compact } from '../model/index.js';
import { runSchema } from '../validate/run-schema.js';

/**
 * Errors that say a value is not what the templates read (a wrong type, an entry without a required field, an
 * unknown key, a value outside its list, a malformed date): such a value is left out. Counts and lengths
 * (minItems, minimum, minLength, …) do not stop a value being rendered.
 */
const SHAPE_ERRORS = new Set(['type', 'required', 'additionalProperties', 'enum', 'const', 'pattern', 'format', 'not']);

/**
 * What `render --force` renders of a compact that is not valid: a copy without the values the templates cannot
 * read, so that they only meet the shapes the schema promises. Undefined when what remains has no title, language,
 * status, parties or principles.
 */
export function renderableData(data: unknown): Compact | undefined {
  return renderablePart(data).compact;
}

/** What renderableData renders, and the paths of the values it left out (to tell the user, as validate would). */
export interface RenderablePart {
  compact?: Compact;
  omitted: JsonPath[];
}

export function renderablePart(data: unknown): RenderablePart {
  const omitted: JsonPath[] = [];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { omitted };
  const copy = structuredClone(data) as Record<string, unknown>;
  for (;;) {
    const paths = runSchema(copy)
      .filter((error) => SHAPE_ERRORS.has(error.keyword))
      .map((error) => (error.keyword === 'additionalProperties' ? [...pointerToPath(error.instancePath), String(error.params.additionalProperty)] : pointerToPath(error.instancePath)))
      .filter((path) => path.length > 0);
    if (paths.length === 0) break;
    // Deepest first, and later list entries before earlier ones, so that each removal leaves the other paths in place.
    paths.sort((a, b) => b.length - a.length || compareIndex(b, a));
    let removed = false;
    for (const path of paths) {
      if (!remove(copy, path)) continue;
      removed = true;
      omitted.push(path);
    }
    if (!removed) return { omitted };
  }
  const { title, language, status, parties, principles } = copy;
  const renderable = typeof title === 'string' && typeof language === 'string' && typeof status === 'string' && isFilledList(parties) && isFilledList(principles);
  // A value inside one left out later (an action plan without its bad date is then incomplete) says nothing more.
  const outermost = omitted.filter((path) => !omitted.some((outer) => outer !== path && outer.length < path.length && outer.every((key, index) => key === path[index])));
  outermost.sort((a, b) => (formatPath(a) < formatPath(b) ? -1 : 1));
  return renderable ? { compact: copy as unknown as Compact, omitted: outermost } : { omitted: outermost };
}

function isFilledList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function compareIndex(a: JsonPath, b: JsonPath): number {
  const last = (path: JsonPath) => (typeof path[path.length - 1] === 'number' ? (path[path.length - 1] as number) : -1);
  return last(a) - last(b);
}

/** Removes the value at `path` (a list entry is spliced out); false when there is none. */
function remove(root: Record<string, unknown>, path: JsonPath): boolean {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number' && key < parent.length) {
    parent.splice(key, 1);
    return true;
  }
  if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, key)) return false;
  delete (parent as Record<string | number, unknown>)[key];
  return true;
}

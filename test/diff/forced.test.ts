import { describe, expect, it } from 'vitest';
import { applyChanges, diffCompacts, type Compact } from '../../src/index.js';

const BASE = {
  compact: 1,
  id: 'exempelby',
  title: 'Överenskommelse',
  language: 'sv',
  status: 'draft',
  parties: [
    { id: 'kommunen', name: 'Exempelby kommun', role: 'public' },
    { id: 'foreningarna', name: 'Föreningarna', role: 'civil-society' },
  ],
  principles: [{ id: 'dialog', title: 'Dialog', text: 'En dialog.' }],
};

/** A compact as the loader gives it, with extra keys that are also names of Object's own properties. */
function withKeys(keys: Record<string, unknown>): Compact {
  const compact = structuredClone(BASE) as Record<string, unknown>;
  for (const [key, value] of Object.entries(keys)) Object.defineProperty(compact, key, { value, enumerable: true, writable: true, configurable: true });
  return compact as unknown as Compact;
}

describe('diff of compacts that are not valid (diff --force)', () => {
  it('classifies unknown keys named like Object properties (__proto__, constructor, toString) as detail changes', () => {
    const before = BASE as unknown as Compact;
    const after = withKeys({ ['__proto__']: 'x', constructor: 1, toString: { a: 1 } });
    const { changes } = diffCompacts(before, after);
    expect(changes.map((change) => [change.path.join('.'), change.class])).toEqual([
      ['__proto__', 'details-changed'],
      ['constructor', 'details-changed'],
      ['toString.a', 'details-changed'],
    ]);
  });

  it('sees a key named like an Object property (valueOf) removed, and applies its removal', () => {
    const before = withKeys({ 'x-note': { valueOf: false } });
    const after = BASE as unknown as Compact;
    const { changes } = diffCompacts(before, after);
    expect(changes.map((change) => [change.kind, change.path.join('.')])).toEqual([['removed', 'x-note.valueOf']]);
    expect(applyChanges(before, changes)).toEqual(after);
    const nested = withKeys({ 'x-note': { valueOf: false, a: 1 } });
    expect(applyChanges(nested, diffCompacts(nested, withKeys({ 'x-note': { a: 1 } })).changes)).toEqual(withKeys({ 'x-note': { a: 1 } }));
  });

  it('matches the entries of a list under a key named like an Object property by value', () => {
    const { changes } = diffCompacts(withKeys({ constructor: [{ id: 'a' }] }), withKeys({ constructor: [{ id: 'a' }, { id: 'b' }] }));
    expect(changes.map((change) => [change.kind, change.path.join('.')])).toEqual([['added', 'constructor.1']]);
  });

  it('compares the prose of a compact whose language is no locale', () => {
    const before = { ...BASE, language: '20200312', principles: [{ id: 'dialog', title: 'Dialog', text: 'En dialog.' }] };
    const after = { ...before, principles: [{ id: 'dialog', title: 'Dialog', text: 'En öppen dialog.' }] };
    const { changes } = diffCompacts(before as unknown as Compact, after as unknown as Compact);
    expect(changes.map((change) => change.class)).toEqual(['principle-reworded']);
  });
});

/**
 * `record[key]` when the record holds that key itself, else undefined: a key named like an Object property
 * (`__proto__`, `constructor`, `valueOf`), read from a compact or looked up in a table, never reaches the prototype.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

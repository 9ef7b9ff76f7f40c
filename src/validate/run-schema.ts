import type { ErrorObject } from 'ajv';
import { validate as compiledValidate } from './compiled-schema.generated.js';

type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Runs the schema compiled at build time; returns ajv's errors (all of them). */
export function runSchema(data: unknown): ErrorObject[] {
  const validator = compiledValidate as CompiledValidator;
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

import type Ajv from 'ajv/dist/2020.js';

export const ajvOptions: Record<string, unknown>;
export function createAjv(extraOptions?: Record<string, unknown>): Ajv;
export function withoutAnnotations<T>(schema: T): T;
export function generateValidatorModule(schema: unknown): string;
export function generateModelTypes(schema: unknown): Promise<string>;

import type { Rule } from '../types.js';

/** Every lint rule, in the order `compact rules` lists them. */
export const RULES: readonly Rule<any>[] = [];

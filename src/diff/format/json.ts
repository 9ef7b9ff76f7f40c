import type { DiffResult } from '../types.js';

/** `{ summary, changes }`: the change records as they are, for other tools. */
export function formatJson(result: DiffResult): string {
  return `${JSON.stringify({ summary: result.summary, changes: result.changes }, null, 2)}\n`;
}

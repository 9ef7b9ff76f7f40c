import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { BIN, ROOT } from '../helpers/cli.js';

// Far more output than a pipe buffers (64 KiB), so the CLI is still writing when the reader goes away.
const large = join(mkdtempSync(join(tmpdir(), 'compact-pipe-')), 'large.yaml');
writeFileSync(
  large,
  stringify({
    compact: 1,
    id: 'stor',
    title: 'Stor överenskommelse',
    language: 'sv',
    status: 'draft',
    parties: [
      { id: 'kommunen', name: 'Exempelby kommun', role: 'public' },
      { id: 'foreningarna', name: 'Föreningarna', role: 'civil-society' },
    ],
    principles: Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, title: `Princip ${i}`, text: 'Dialog och samverkan på lika villkor. '.repeat(4) })),
  }),
);

/** Runs the CLI and closes its stdout after the first chunk, as `compact … | head -1` does. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output closed early by the reader', () => {
  it.each([[['render', large, '--format', 'md']], [['render', large, '--format', 'html']]])(
    'compact %j stops without a stack trace',
    async (args) => {
      const result = await runAndCloseEarly(args);
      expect(result.stderr).not.toMatch(/EPIPE|at .*\.js:\d+|Error/);
      expect(result.code).toBe(0);
    },
  );
});

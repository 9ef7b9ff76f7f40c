import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

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
  it.each([[['schema']], [['render', 'examples/botkyrka.yaml', '--format', 'html']], [['lint', '--help']]])(
    'compact %j stops without a stack trace',
    async (args) => {
      const result = await runAndCloseEarly(args);
      expect(result.stderr).not.toMatch(/EPIPE|at .*\.js:\d+|Error/);
      expect(result.code).toBe(0);
    },
  );
});

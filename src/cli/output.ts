import { writeFileAtomic } from '../util/atomic-write.js';

/** Writes a command's report to stdout, or atomically to a file. */
export async function emit(text: string | Uint8Array, outputFile?: string): Promise<void> {
  if (outputFile && outputFile !== '-') {
    await writeFileAtomic(outputFile, text);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

export function printError(message: string): void {
  process.stderr.write(`compact: ${message}\n`);
}

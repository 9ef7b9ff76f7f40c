import { CompactError } from '../errors.js';

/** A template that cannot be compiled or rendered: names the template file and, where known, the line. */
export class TemplateError extends CompactError {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(file: string, line: number | undefined, column: number | undefined, problem: string, cause?: unknown) {
    const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
    super(`template ${where}: ${problem}`, { exitCode: 2, cause });
    this.name = 'TemplateError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

/** Thrown by a template helper given an argument it cannot use; the caller adds the template position. */
export class HelperArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HelperArgumentError';
  }
}

// requireTool, which finds the Debian tools the cross-checks run, on a PATH built for each case.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { binFolder } from '../helpers/find-program.js';
import { requireTool } from './debian-tools.js';

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

describe('requireTool', () => {
  it('gives the path of a program on PATH', () => {
    const folder = binFolder('pdftotext', 'qpdf');
    process.env.PATH = folder;
    expect(requireTool('pdftotext', 'poppler-utils')).toBe(join(folder, 'pdftotext'));
  });

  it('fails, naming the program and the Debian package, when the program is missing or is not a file', () => {
    process.env.PATH = binFolder('pdftotext', 'qpdf');
    expect(() => requireTool('pdffonts', 'poppler-utils')).toThrow(
      'pdffonts is needed by the cross-checks but is not installed (or not runnable): install it with `apt-get install poppler-utils`, then run `npm run test:crosscheck` again',
    );
    expect(() => requireTool('qpdf', 'qpdf')).toThrow('install it with `apt-get install qpdf`');
  });
});

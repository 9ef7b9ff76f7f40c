import { relative, sep } from 'node:path';

/** A file as the user should see it: relative to `cwd` when inside it; `<stdin>` and outside paths as they are. */
export function displayPath(file: string, cwd: string): string {
  if (file.startsWith('<')) return file;
  const shown = relative(cwd, file);
  return shown && !shown.startsWith('..') ? shown : file;
}

/** `displayPath` with forward slashes, as CI annotations and reports want on every platform. */
export function portablePath(file: string, cwd: string): string {
  return displayPath(file, cwd).split(sep).join('/');
}

import { formatPath, type JsonPath } from '../findings.js';
import { t } from '../i18n/index.js';
import { STDIN_NAME, type LoadedCompact } from '../load/index.js';
import { portablePath } from '../report/paths.js';

/** `render --force`: one line on stderr per value left out of the rendering, with its file:line:column. */
export function printOmissions(omitted: readonly JsonPath[], loaded: LoadedCompact): void {
  if (omitted.length === 0) return;
  const file = loaded.file === '-' ? STDIN_NAME : portablePath(loaded.file, process.cwd());
  const lines = omitted.map((path) => {
    const { line, column } = loaded.sourceMap.locate(path);
    return t('render.leftOut', { where: `${file}:${line}:${column}`, path: formatPath(path) });
  });
  process.stderr.write(`${[t('render.leftOutHeading', { count: omitted.length }), ...lines].join('\n')}\n`);
}

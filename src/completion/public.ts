import { checkOneOf } from '../api/arguments.js';
import { completionScript as scriptForProgram, SHELLS, type Shell } from './index.js';

/**
 * The completion script of the `compact` command for `shell`, as `compact completion <shell>` prints it. The
 * commands are loaded on the first call, so that importing the library does not load them.
 */
export async function completionScript(shell: Shell): Promise<string> {
  checkOneOf('completionScript', 'shell', shell, SHELLS);
  const { buildProgram } = await import('../cli/main.js');
  return scriptForProgram(shell, await buildProgram());
}

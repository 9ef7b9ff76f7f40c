import { t } from '../i18n/index.js';
import { CompactError } from '../errors.js';
import { lazyRequire } from '../util/lazy-require.js';

export const DEFAULT_PASSPHRASE_ENV = 'COMPACT_P12_PASSPHRASE';

/**
 * The passphrase of a PKCS#12 file: from the named environment variable, else asked for (hidden) on a terminal.
 * Never from a command-line argument, which other users can see in `ps`.
 */
export async function resolvePassphrase(envName: string, p12Name: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(envName)) {
    throw new CompactError(t('sign.passphraseEnvName'));
  }
  const fromEnv = env[envName];
  if (fromEnv !== undefined) return fromEnv;
  if (process.stdin.isTTY && process.stderr.isTTY) {
    const { password } = lazyRequire<typeof import('@inquirer/prompts')>('@inquirer/prompts');
    return password({ message: t('sign.passphrasePrompt', { file: p12Name }), mask: true }, { output: process.stderr });
  }
  throw new CompactError(t('sign.noPassphrase', { file: p12Name, env: envName }));
}

import { execFile } from 'node:child_process';

/**
 * Settings an `npm test` run passes down that say where npm works: npm_config_local_prefix would point an
 * `npm install` in a temporary project back at this checkout. Other settings (cache, registry, proxy) stay.
 */
const LOCATION_SETTINGS = /^npm_config_(local_prefix|prefix|global_prefix|global|location|workspaces?|include_workspace_root|call)$/i;

/** The environment for a child `npm` (and the programs it installs), working where its arguments say. */
export function npmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !LOCATION_SETTINGS.test(name)));
  return { ...env, ...extra };
}

/** Runs npm in `cwd`; a failure is an Error carrying npm's own message. */
export function npm(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('npm', args, { cwd, env: npmEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

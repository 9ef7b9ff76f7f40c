// The tools a user would otherwise pick, installed by the benchmark into bench/.peers (ignored by git).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PEERS = ['ajv-cli@5', 'ajv-formats@3', '@stoplight/spectral-cli@6'];

export function ensurePeers(root) {
  const dir = join(root, 'bench/.peers');
  const ajvBin = join(dir, 'node_modules/ajv-cli/dist/index.js');
  const spectralBin = join(dir, 'node_modules/@stoplight/spectral-cli/dist/index.js');
  if (!existsSync(ajvBin) || !existsSync(spectralBin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "name": "compact-bench-peers", "private": true }\n');
    process.stderr.write(`installing ${PEERS.join(', ')} into bench/.peers …\n`);
    try {
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...PEERS], { cwd: dir, stdio: 'inherit' });
    } catch {
      process.stderr.write('could not install the peers; their cases are left out\n');
      return undefined;
    }
  }
  // The plugin must resolve ajv-formats from the peers' folder, so it lives there.
  copyFileSync(join(root, 'bench/lib/ajv-plugin.cjs'), join(dir, 'ajv-plugin.cjs'));
  // Spectral evaluates JavaScript rulesets in a sandbox; a JSON ruleset with the schema inline is what works.
  const schema = JSON.parse(readFileSync(join(root, 'schemas/compact.schema.json'), 'utf8'));
  const ruleset = {
    rules: {
      'compact-schema': {
        description: 'The file follows schemas/compact.schema.json.',
        severity: 'error',
        given: '$',
        then: { function: 'schema', functionOptions: { schema, dialect: 'draft2020-12', allErrors: true } },
      },
    },
  };
  writeFileSync(join(dir, 'spectral-ruleset.json'), JSON.stringify(ruleset));
  return {
    ajv: (data) => ['node', ajvBin, 'validate', '-s', 'schemas/compact.schema.json', '--spec=draft2020', '--allow-union-types', '--all-errors', '-c', './bench/.peers/ajv-plugin.cjs', '-d', data],
    spectral: (files) => ['node', spectralBin, 'lint', '-q', '-r', 'bench/.peers/spectral-ruleset.json', files],
  };
}

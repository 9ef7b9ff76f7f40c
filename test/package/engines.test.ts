import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')) as { packages: Record<string, LockedPackage> };

describe('npm ci on this Node.js', () => {
  it('installs no package whose engines leave this Node.js out (npm would warn EBADENGINE)', () => {
    const refused = Object.entries(lock.packages).flatMap(([path, locked]) => {
      const range = Array.isArray(locked.engines) ? undefined : locked.engines?.node;
      return range !== undefined && path !== '' && !semver.satisfies(process.version, range) ? [`${path}@${locked.version}: node ${range}`] : [];
    });
    expect(refused).toEqual([]);
  });
});

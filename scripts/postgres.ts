/**
 * Debian's PostgreSQL for the archive tests and benchmark: where its programs are, and installing it when missing
 * (as root, from Debian's own packages; nothing else is downloaded).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DEBIAN_POSTGRES = '/usr/lib/postgresql';

/** The folder of initdb, postgres and pg_ctl: Debian's newest version, else the one pg_config names. */
export function postgresBinDir(): string | undefined {
  if (existsSync(DEBIAN_POSTGRES)) {
    const versions = readdirSync(DEBIAN_POSTGRES).filter((v) => existsSync(join(DEBIAN_POSTGRES, v, 'bin', 'initdb')));
    versions.sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(DEBIAN_POSTGRES, versions[0], 'bin');
  }
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    return existsSync(join(dir, 'initdb')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** Installs Debian's `postgresql` when it is missing; returns why it cannot be had, or undefined when it is there. */
export function ensurePostgres(log: (line: string) => void = console.log): string | undefined {
  if (postgresBinDir()) return undefined;
  if (process.getuid?.() !== 0) return 'PostgreSQL is not installed and this is not root: run "sudo apt-get install -y postgresql"';
  log('Installing Debian package: postgresql');
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'postgresql']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) return `apt-get ${args.join(' ')} failed (status ${result.status})`;
  }
  return postgresBinDir() ? undefined : 'postgresql was installed but initdb was not found under /usr/lib/postgresql';
}

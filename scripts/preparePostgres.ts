/**
 * Run by `npm test` before the test runner: installs Debian's PostgreSQL for the archive tests when it is missing.
 * The tests start their own server in a temporary folder; nothing here starts one.
 */
import { ensurePostgres } from './postgres';

const reason = ensurePostgres();
if (reason) {
  const banner = '!'.repeat(100);
  console.error(`${banner}\nThe archive tests cannot run: ${reason}\n${banner}`);
  // the archive tests fail on their own with the same reason; in CI there is no point going on
  if (process.env.CI) process.exit(1);
}

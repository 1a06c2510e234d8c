import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Where this machine's PostgreSQL server programs are. Debian puts them out of PATH in
 * /usr/lib/postgresql/<major>/bin (the newest major wins); elsewhere `pg_config --bindir`
 * knows. XIAOER_PG_BIN overrides both.
 */
export function findPgBinDir(env: NodeJS.ProcessEnv = process.env, root = '/usr/lib/postgresql'): string {
  const has = (dir: string) => ['initdb', 'pg_ctl'].every((p) => fs.existsSync(path.join(dir, p)));
  if (env.XIAOER_PG_BIN) {
    if (has(env.XIAOER_PG_BIN)) return env.XIAOER_PG_BIN;
    throw new Error(`XIAOER_PG_BIN=${env.XIAOER_PG_BIN} has no initdb and pg_ctl`);
  }
  const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const major of majors) {
    const dir = path.join(root, major, 'bin');
    if (has(dir)) return dir;
  }
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (has(dir)) return dir;
  } catch {
    // no pg_config on PATH: fall through to the explanation
  }
  throw new Error('PostgreSQL server programs not found (install Debian "postgresql", set XIAOER_PG_BIN, or give DATABASE_URL)');
}

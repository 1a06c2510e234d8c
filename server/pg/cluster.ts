import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { findPgBinDir } from './binaries';

const run = promisify(execFile);

/** The superuser initdb creates; only the socket's owner (and root) can reach it. */
export const CLUSTER_USER = 'xiaoer';
const SOCKET_PORT = 5432;
/** Debian's package creates this account; PostgreSQL refuses to run as root. */
const PG_ACCOUNT = 'postgres';

export interface ClusterOptions {
  dataDir: string;
  /** Throw-away clusters (tests): no fsync, nothing survives a crash. */
  disposable?: boolean;
  binDir?: string;
}

export interface LocalCluster {
  /** Connection settings for node-postgres (a unix socket; no TCP port is opened). */
  connection: { host: string; port: number; user: string };
  /** The same as a URL for a database, for DATABASE_URL-style consumers. */
  urlFor(database: string): string;
  /** True when this call started PostgreSQL (and so `stop` stops it). */
  startedHere: boolean;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
}

/**
 * Initialises (once) and starts a PostgreSQL cluster in `dataDir`, or joins the one already
 * running there. It listens on a unix socket only, in a 0700 directory, with `trust` inside:
 * only the account that runs it (and root) can connect, and nothing listens on the network.
 * As root the programs run as `postgres` via runuser, and the folders are handed to it.
 */
export async function startLocalCluster(opts: ClusterOptions): Promise<LocalCluster> {
  const bin = opts.binDir ?? findPgBinDir();
  const dataDir = path.resolve(opts.dataDir);
  const owner = pgOwner();
  const socketDir = socketDirFor(dataDir);
  const as = (prog: string, args: string[]) => (owner ? run('runuser', ['-u', PG_ACCOUNT, '--', path.join(bin, prog), ...args]) : run(path.join(bin, prog), args));

  ensureDir(dataDir, owner);
  ensureDir(socketDir, owner);
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await as('initdb', ['-D', dataDir, '-U', CLUSTER_USER, '--auth-local=trust', '--auth-host=reject', '-E', 'UTF8', '--no-locale', ...(opts.disposable ? ['--no-sync'] : [])]).catch((e: unknown) => {
      throw new Error(`initdb failed in ${dataDir}: ${stderrOf(e)}`);
    });
    fs.appendFileSync(path.join(dataDir, 'postgresql.conf'), "\ninclude_if_exists = 'xiaoer.conf'\n");
  }
  // Rewritten at each start: the socket folder may move with the data folder.
  const conf = [
    "listen_addresses = ''",
    `unix_socket_directories = '${socketDir.replaceAll("'", "''")}'`,
    'unix_socket_permissions = 0700',
    `port = ${SOCKET_PORT}`,
    ...(opts.disposable ? ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off'] : []),
  ];
  writeOwned(path.join(dataDir, 'xiaoer.conf'), `${conf.join('\n')}\n`, owner);

  const running = await as('pg_ctl', ['-D', dataDir, 'status']).then(
    () => true,
    () => false,
  );
  if (!running) {
    await as('pg_ctl', ['-D', dataDir, '-l', path.join(dataDir, 'postgres.log'), '-w', '-t', '60', 'start']).catch((e: unknown) => {
      throw new Error(`PostgreSQL did not start (see ${path.join(dataDir, 'postgres.log')}): ${stderrOf(e)}`);
    });
  }
  const connection = { host: socketDir, port: SOCKET_PORT, user: CLUSTER_USER };
  return {
    connection,
    urlFor: (database) => `postgresql://${CLUSTER_USER}@/${encodeURIComponent(database)}?host=${encodeURIComponent(socketDir)}&port=${SOCKET_PORT}`,
    startedHere: !running,
    async stop(mode = 'fast') {
      await as('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']).catch((e: unknown) => {
        throw new Error(`pg_ctl stop failed: ${stderrOf(e)}`);
      });
    },
  };
}

/** The uid/gid of `postgres` when we are root (who must hand the cluster to it), else null. */
function pgOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', PG_ACCOUNT], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', PG_ACCOUNT], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('running as root needs the "postgres" account (Debian\'s postgresql package creates it) to run PostgreSQL');
  }
}

function ensureDir(dir: string, owner: { uid: number; gid: number } | null): void {
  // The parents keep the usual mode: `postgres` must be able to walk through them.
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  fs.chmodSync(dir, 0o700);
}

function writeOwned(file: string, text: string, owner: { uid: number; gid: number } | null): void {
  fs.writeFileSync(file, text, { mode: 0o600 });
  if (owner) fs.chownSync(file, owner.uid, owner.gid);
}

/**
 * Beside the data folder, unless that path is too long for a unix socket (about 107 bytes
 * with ".s.PGSQL.5432"): then a folder in the temp dir named after the data folder.
 */
function socketDirFor(dataDir: string): string {
  const beside = `${dataDir}.sock`;
  if (Buffer.byteLength(beside) + 16 < 100) return beside;
  return path.join(os.tmpdir(), `xiaoer-pg-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`);
}

function stderrOf(e: unknown): string {
  const err = e as { stderr?: string; message?: string };
  return (err.stderr || err.message || String(e)).trim().split('\n').slice(-3).join(' | ');
}

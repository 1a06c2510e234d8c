// The shop server's command line: `serve` (the default), `enroll-code --team <name>`,
// `devices --team <name>` and `revoke-device --device <id>`.
// Bundled to out/server/index.mjs by scripts/build-server.mjs; `npm run server -- …` runs it.
import { readConfig, type ServerConfig } from './config';
import { openDatabase } from './database';
import { createPool } from './db/pool';
import { migrate } from './db/migrate';
import { listDevices, revokeDevice } from './enrol/devices';
import { createEnrolCode, ensureTeam } from './enrol/enrol';
import { createAccount } from './accounts/accounts';
import { CreateAccountRequest } from '@shared/schemas/teamAccounts';
import { createLogger } from './log';
import { startServer } from './main';
import { loadOrCreateCertificate } from './tls/certificate';

const log = createLogger();

/** The certificate (made on first use), or null when this server speaks plain HTTP on loopback. */
function certificate(config: ServerConfig) {
  if (config.plainHttp) return null;
  const made = loadOrCreateCertificate(config.tlsDir);
  if (made.created) log.info('made the server certificate', { dir: config.tlsDir, fingerprint: made.fingerprint });
  return made;
}

async function serve(): Promise<void> {
  const config = readConfig(process.env);
  const tls = certificate(config);
  const database = await openDatabase(config, log);
  const server = await startServer({ database: database.config, host: config.host, port: config.port, log, tls });
  log.info('serving', { url: server.url, fingerprint: tls?.fingerprint ?? null });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    await server.close();
    await database.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** The database for a one-off command, migrated; released after `work`. */
async function withDatabase<T>(work: (db: ReturnType<typeof createPool>) => Promise<T>): Promise<T> {
  const database = await openDatabase(readConfig(process.env), log);
  const db = createPool(database.config);
  try {
    await migrate(db);
    return await work(db);
  } finally {
    await db.end();
    await database.release();
  }
}

async function enrollCode(args: string[]): Promise<void> {
  const team = option(args, '--team');
  const hours = Number(option(args, '--ttl-hours') ?? 24);
  const count = Number(option(args, '--count') ?? 1);
  if (!team) throw new Error('usage: enroll-code --team <name> [--ttl-hours 24] [--count 1] [--json]');
  if (!(hours > 0 && hours <= 24 * 30)) throw new Error('--ttl-hours must be between 0 and 720');
  if (!(Number.isInteger(count) && count >= 1 && count <= 100)) throw new Error('--count must be 1 to 100 (one code per PC)');
  const tls = certificate(readConfig(process.env));
  await withDatabase(async (db) => {
    for (let i = 0; i < count; i++) {
      const made = await createEnrolCode(db, team, hours * 3_600_000, tls?.fingerprint ?? null);
      const code = made.code;
      log.info('enrolment code made', { team: made.team.name, teamId: made.team.id, expiresAt: made.expiresAt.toISOString() });
      // The code itself goes to the terminal (or the host that asked for JSON), not into the structured log.
      if (args.includes('--json')) process.stderr.write(`${JSON.stringify({ code, team: made.team, expiresAt: made.expiresAt.toISOString() })}\n`);
      else process.stderr.write(`Enrolment code for team "${made.team.name}": ${code}\nOne PC, once, until ${made.expiresAt.toISOString()}.\n`);
    }
  });
}

async function devices(args: string[]): Promise<void> {
  const team = option(args, '--team');
  if (!team) throw new Error('usage: devices --team <name>');
  await withDatabase(async (db) => {
    const t = await ensureTeam(db, team);
    for (const d of await listDevices(db, t.id)) {
      const state = d.revokedAt ? `revoked ${new Date(d.revokedAt).toISOString()}` : d.lastSeenAt ? `last seen ${new Date(d.lastSeenAt).toISOString()}` : 'never seen';
      process.stderr.write(`${d.id}\t${d.name}\t${state}\n`);
    }
  });
}

async function revoke(args: string[]): Promise<void> {
  const device = option(args, '--device');
  if (!device) throw new Error('usage: revoke-device --device <device id> (see: devices --team <name>)');
  const outcome = await withDatabase((db) => revokeDevice(db, null, device, 'command line'));
  log.info('device revoked', { device, outcome });
  if (outcome === 'not_found') throw new Error(`no device "${device}"`);
  process.stderr.write(outcome === 'revoked' ? `Device ${device} is revoked: its next request is refused.\n` : `Device ${device} was already revoked.\n`);
}

/**
 * The first supervisor of a team (the rest are made in the 团队 tab). The password is read from
 * XIAOER_ACCOUNT_PASSWORD or the first line of stdin, never from the command line (which other
 * users of the machine can see in the process list), and never logged.
 */
async function addAccount(args: string[]): Promise<void> {
  const team = option(args, '--team');
  const password = process.env.XIAOER_ACCOUNT_PASSWORD ?? (await firstLineOfStdin());
  const input = CreateAccountRequest.safeParse({ employeeNo: option(args, '--employee-no'), name: option(args, '--name'), role: option(args, '--role') ?? 'supervisor', password });
  if (!team || !input.success) {
    const issue = input.success ? 'team' : input.error.issues[0]?.path.join('.');
    throw new Error(`usage: add-account --team <name> --employee-no <工号> --name <name> [--role supervisor|agent], password on stdin (problem: ${issue})`);
  }
  await withDatabase(async (db) => {
    const made = await createAccount(db, (await ensureTeam(db, team)).id, input.data, Date.now());
    log.info('account made', { team, employeeNo: made.employeeNo, role: made.role, agentId: made.agentId });
  });
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    text += chunk.toString('utf8');
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = { serve: () => serve(), 'enroll-code': enrollCode, devices, 'revoke-device': revoke, 'add-account': addAccount };
const [command = 'serve', ...rest] = process.argv.slice(2);
const run = COMMANDS[command]?.(rest) ?? Promise.reject(new Error(`unknown command "${command}" (serve | enroll-code --team <name> | devices --team <name> | revoke-device --device <id> | add-account --team <name> --employee-no <工号> --name <name>)`));
run.catch((e: unknown) => {
  log.error('fatal', { err: e });
  process.exit(1);
});

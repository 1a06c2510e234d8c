import type pg from 'pg';
import type { Logger } from '../log';
import { DEVICE_CHANNEL } from '../enrol/devices';
import { SYNC_CHANNEL } from './channel';

type Listener = (version: number) => void;

/**
 * The live poke: one LISTEN connection per server process fans each team's new version out
 * to that team's open event streams. NOTIFY is sent inside the push transaction, so it
 * arrives after COMMIT (a PC that pulls on it sees the rows), and every server process on
 * the same database hears every push. If the LISTEN connection drops (PostgreSQL
 * restarting), it reconnects and tells every subscribed team its current version, so a
 * push made while deaf is not missed.
 */
export class VersionFeed {
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Device id → what to do when it is revoked (end its event streams). */
  private readonly revocations = new Map<string, Set<() => void>>();
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly connect: () => pg.Client,
    private readonly db: pg.Pool,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = this.connect();
    client.on('notification', (n) => {
      if (n.channel === DEVICE_CHANNEL && n.payload) return this.revoked(n.payload);
      if (n.channel !== SYNC_CHANNEL || !n.payload) return;
      try {
        const { team, version } = JSON.parse(n.payload) as { team: string; version: number };
        this.emit(team, version);
      } catch {
        this.log.warn('bad sync notification', { payload: n.payload });
      }
    });
    // Only the current connection's loss matters; a late event of a replaced one is ignored.
    const lost = () => {
      if (this.client === client || this.client === null) this.reconnectSoon();
    };
    client.on('error', (err) => {
      this.log.warn('sync feed connection lost', { err });
      lost();
    });
    client.on('end', lost);
    await client.connect();
    await client.query(`LISTEN ${SYNC_CHANNEL}`);
    await client.query(`LISTEN ${DEVICE_CHANNEL}`);
    this.client = client;
  }

  /** Calls `fn` with each new version of `team` until the returned function is called. */
  subscribe(team: string, fn: Listener): () => void {
    const set = this.listeners.get(team) ?? new Set<Listener>();
    set.add(fn);
    this.listeners.set(team, set);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.listeners.delete(team);
    };
  }

  /** Calls `fn` once if `device` is revoked (by any server process on this database). */
  onRevoked(device: string, fn: () => void): () => void {
    const set = this.revocations.get(device) ?? new Set<() => void>();
    set.add(fn);
    this.revocations.set(device, set);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.revocations.delete(device);
    };
  }

  private revoked(payload: string): void {
    try {
      const { device } = JSON.parse(payload) as { device: string };
      const fns = [...(this.revocations.get(device) ?? [])];
      this.revocations.delete(device);
      for (const fn of fns) fn();
    } catch {
      this.log.warn('bad device notification', { payload });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private emit(team: string, version: number): void {
    for (const fn of this.listeners.get(team) ?? []) fn(version);
  }

  private reconnectSoon(): void {
    if (this.closed || this.retry) return;
    const dead = this.client;
    this.client = null;
    dead?.end().catch(() => {});
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.closed) return;
      this.start()
        .then(() => this.catchUp())
        .catch((err: unknown) => {
          this.log.warn('sync feed reconnect failed', { err });
          this.reconnectSoon();
        });
    }, 1000);
  }

  private async catchUp(): Promise<void> {
    const teams = [...this.listeners.keys()];
    if (teams.length === 0) return;
    const { rows } = await this.db.query<{ id: string; version: number }>('SELECT id, version FROM teams WHERE id = ANY($1::text[])', [teams]);
    for (const r of rows) this.emit(r.id, r.version);
  }
}

import { join } from 'node:path';
import type { IngestInfo, IngestProblem, JournaledEvent } from '@shared/schemas/ingest';
import { openIngestJournal } from './ingestJournal';
import { createIngestServer, LOOPBACK, type IngestServer, type IngestServerDeps } from './server';
import { openStats } from './stats';
import { loadToken, regenerateToken } from './token';
import { messageOf } from '@shared/lib/problem';

export interface IngestServiceOptions {
  /** Where the token, journal and stats live (userData/ingest under Electron). */
  dir: string;
  /** 0 picks a free port. */
  port: number;
  now?: () => number;
  warn?: (message: string) => void;
  /** More routes on the same port and guards: the outbox (outboxService.ts). */
  routes?: IngestServerDeps['routes'];
}

/** Where ERPs post by default; `XIAOER_INGEST_PORT` moves it (0 = any free port). */
export const DEFAULT_INGEST_PORT = 17315;

export function ingestPortFrom(env: Record<string, string | undefined>): number {
  const raw = env.XIAOER_INGEST_PORT;
  const port = raw === undefined || raw === '' ? DEFAULT_INGEST_PORT : Number(raw);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : DEFAULT_INGEST_PORT;
}

/** How many journaled events one pull returns at most. */
export const PULL_LIMIT = 200;

export interface IngestService {
  start(): Promise<void>;
  stop(): Promise<void>;
  info(): IngestInfo;
  pull(afterSeq: number, journalId: string | null): { journalId: string; events: JournaledEvent[] };
  /** Ignored when journalId is not the current journal's (a stale renderer). */
  ack(journalId: string, upToSeq: number): void;
  regenerateToken(): IngestInfo;
  /** Called after events were journaled, so the host can tell the renderer to pull. */
  onAvailable(listener: () => void): () => void;
}

/**
 * Token + journal + loopback server + counters: what both hosts run (Electron main, and the
 * browser host's serve-web). Plain Node, no Electron, so it is tested over real sockets.
 */
export function createIngestService(options: IngestServiceOptions): IngestService {
  const now = options.now ?? Date.now;
  const warn = options.warn ?? (() => {});
  let token = loadToken(options.dir);
  const journal = openIngestJournal(join(options.dir, 'journal'), warn);
  const stats = openStats(options.dir);
  const listeners = new Set<() => void>();
  let running = false;
  let lastError: string | null = null;
  const refused = (status: number, error: string, problems: IngestProblem[]): void => stats.refused(status, error, problems, now());

  const server: IngestServer = createIngestServer({
    host: LOOPBACK,
    port: options.port,
    token: () => token,
    accept: (events) => {
      const result = journal.append(events, now());
      if (result.accepted.length) {
        stats.received(result.accepted.length, now());
        for (const l of listeners) l();
      }
      return result;
    },
    onRefused: refused,
    routes: options.routes,
  });

  const info = (): IngestInfo => {
    const s = stats.read(now());
    return {
      url: `http://${LOOPBACK}:${server.port}/v1/events`,
      token,
      running,
      pending: journal.pendingCount(),
      journalId: journal.id,
      lastSeq: journal.lastSeq(),
      receivedToday: s.receivedToday,
      lastEventAt: s.lastEventAt,
      lastError,
      rejections: s.rejections,
    };
  };

  return {
    async start() {
      try {
        await server.listen();
        running = true;
        lastError = null;
        // Events journaled before a crash or quit wait for the renderer: announce them.
        if (journal.pendingCount() > 0) for (const l of listeners) l();
      } catch (e) {
        running = false;
        lastError = messageOf(e);
        warn(`could not listen on ${LOOPBACK}:${options.port}: ${lastError}`);
      }
    },
    async stop() {
      if (running) await server.close();
      running = false;
      stats.flush();
      journal.close();
    },
    info,
    pull(afterSeq, journalId) {
      // A cursor from another journal (recreated file) means nothing here: start from the oldest.
      const from = journalId === journal.id ? afterSeq : 0;
      return { journalId: journal.id, events: journal.pending(from, PULL_LIMIT) };
    },
    ack(journalId, upToSeq) {
      if (journalId !== journal.id) return;
      try {
        journal.ack(upToSeq);
      } catch (e) {
        lastError = `ack: ${messageOf(e)}`;
        warn(lastError);
      }
    },
    regenerateToken() {
      token = regenerateToken(options.dir);
      return info();
    },
    onAvailable(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

import { liveQuery } from 'dexie';
import type { Result } from '@shared/lib/result';
import { MAX_PULL_ROWS } from '@shared/schemas/sync';
import type { SyncEnrolment, SyncPoke } from '@shared/schemas/syncHost';
import type { XiaoerDb } from '../db';
import { withBulk } from '../live/pace';
import { applyPulled, applyPushed } from './apply';
import { attach, detach } from './join';
import { planPush } from './outbox';
import { readState, writeState, type InitialSync, type RoundFailure, type RoundState } from './state';
import type { SyncTransport } from './transport';
import { sealedTransport } from './sealedTransport';

/**
 * Rows asked for per pull: the most the server hands out. Each page costs a request through
 * the host, a transaction and one re-read of the open screens, so a first sync of a year-long
 * store (1.27M rows) is about 250 pages instead of 1,270.
 */
export const PULL_PAGE = MAX_PULL_ROWS;
/**
 * A round stops after this many pushes, or pages of a catch-up (40,000 rows), and starts again
 * at once, so this PC's own edits go up between pages of a long catch-up. A first sync pulls to
 * the end before it pushes anything (a joining PC's records must first meet the server's newer
 * versions).
 */
const MAX_STEPS = 40;
/** The pause between two pages of a long pull (a frame or so: about 1% of a page's time). */
const BREATHER_MS = 40;

/**
 * The first-sync bookkeeping after one page: begun by a pull from cursor 0 that has more than
 * one page, its target following the server's head, ended by the last page; undefined: no change.
 */
export function initialAfter(before: InitialSync | null, cursor: number, page: { cursor: number; more: boolean; head?: number | undefined }, now: number): InitialSync | null | undefined {
  if (!page.more) return before ? null : undefined;
  if (!before && cursor !== 0) return undefined;
  const target = Math.max(before?.target ?? 0, page.head ?? page.cursor);
  return before && before.target === target ? undefined : { target, startedAt: before?.startedAt ?? now };
}

export interface RetryPolicy {
  /** While the server cannot be reached. */
  offlineMs: number;
  /** After a failure the agent is shown (the server refused, answered nonsense…). */
  failedMs: number;
  /** A safety net while all is well (the live poke does the real work). */
  idleMs: number;
}
const RETRY: RetryPolicy = { offlineMs: 2_000, failedMs: 15_000, idleMs: 30_000 };

export type RoundOutcome = RoundState | 'standalone';

export interface SyncEngine {
  /** Runs a round soon; a kick during a round runs one more right after it. */
  kick(): void;
  /** The live poke from the host: pull when the server has something new. */
  poke(p: SyncPoke): void;
  /** One round now (tests, and the join screen waiting for the first sync). */
  runOnce(): Promise<RoundOutcome>;
  stop(): void;
}

type Step<T> = { ok: true; value: T } | { ok: false; failure: RoundFailure };

/** A host call's answer flattened: the host failing, the server failing, or the value. */
function unwrap<T>(r: Result<{ ok: true; value: T } | { ok: false; failure: { code: RoundFailure['code']; detail: string } }>): Step<T> {
  if (!r.ok) return { ok: false, failure: { code: 'host', detail: r.error } };
  if (!r.value.ok) return { ok: false, failure: { code: r.value.failure.code, detail: r.value.failure.detail } };
  return { ok: true, value: r.value.value };
}

/**
 * The PC's sync loop: pull what is new (applied under this PC's pending edits), then push the
 * outbox (the change log after the last push), answer by answer. Runs when the server pokes,
 * when this PC writes, and on a timer; one round at a time. Its outcome is kept in
 * `syncState.status` for the header and 设置 → 团队: offline is a wait with the count of what
 * waits, any other failure is shown with its reason until a round succeeds.
 */
export function createSyncEngine(given: { db: () => XiaoerDb; transport: SyncTransport; now?: () => number; retry?: RetryPolicy; /** Tests drive rounds themselves. */ manual?: boolean; /** Rows per pull (tests page small stores). */ pageSize?: number }): SyncEngine {
  // Contact secrets: sealed in the store, clear on the wire (data/sync/sealedTransport.ts).
  const options = { ...given, transport: sealedTransport(given.transport) };
  const now = options.now ?? Date.now;
  const pageSize = options.pageSize ?? PULL_PAGE;
  const maxPages = Math.max(1, Math.round(40_000 / pageSize));
  const retry = options.retry ?? RETRY;
  let running: Promise<RoundOutcome> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let lastSeen = -1;
  /** In no team at the last look: this PC's writes need no round (the timer still looks). */
  let standalone = false;
  /** The device was revoked: no timer runs rounds any more (retrying cannot help; joining again does). */
  let halted = false;

  const setStatus = async (db: XiaoerDb, state: RoundState, failure: RoundFailure | null): Promise<void> => {
    const before = await readState(db, 'status');
    const lastSyncAt = state === 'synced' ? now() : (before?.lastSyncAt ?? null);
    await writeState(db, 'status', { state, failure, lastSyncAt, at: now() });
  };

  const fail = async (db: XiaoerDb, failure: RoundFailure): Promise<RoundOutcome> => {
    const state: RoundState = failure.code === 'offline' ? 'offline' : 'failed';
    halted = failure.code === 'revoked';
    await setStatus(db, state, state === 'offline' ? null : failure);
    return state;
  };

  /**
   * Pulls until the server has nothing newer; a failure's outcome, 'more' when a catch-up
   * stopped after 40,000 rows (the next round continues at once), or null when done.
   * Each page is stored in one transaction with live queries paused (one re-run per page, not
   * per row), and the cursor moves with it: a reload or a crash resumes from the last page.
   */
  const pullAll = async (db: XiaoerDb, enrolment: SyncEnrolment): Promise<RoundOutcome | 'more' | null> => {
    let cursor = await readState(db, 'cursor');
    // The next page is asked for while this one is stored: the server, the host and IndexedDB work side by side.
    let asked = options.transport.pull(cursor, pageSize);
    for (let step = 1; ; step++) {
      const waitStart = performance.now();
      const pulled = unwrap(await asked);
      const waited = performance.now() - waitStart;
      if (!pulled.ok) {
        // The server was reset or replaced: what this PC knew of it is void; offer everything again.
        if (pulled.failure.code === 'cursor_ahead') {
          await attach(db, enrolment, now());
          again = true;
        }
        return fail(db, pulled.failure);
      }
      const page = pulled.value;
      const before = await readState(db, 'initial');
      const initial = initialAfter(before, cursor, page, now());
      const goOn = page.more && (step < maxPages || (initial ?? before) !== null);
      if (goOn) asked = options.transport.pull(page.cursor, pageSize);
      const storeStart = performance.now();
      await withBulk(() => applyPulled(db, page.rows, page.cursor, now(), initial));
      // A first sync's pages are timed (waiting for the page, storing it) for the team-sync bench.
      if ((initial ?? before) !== null) {
        performance.measure('team-sync:wait', { start: waitStart, duration: waited });
        performance.measure('team-sync:store', { start: storeStart });
      }
      cursor = page.cursor;
      // Open screens (the header's 首次同步 N%) re-read between pages: a paused live query
      // waits for a moment without a bulk write, and the next page would start at once.
      if (page.more) await new Promise((resolve) => setTimeout(resolve, BREATHER_MS));
      if (!page.more) return null;
      if (!goOn) return 'more';
    }
  };

  const round = async (): Promise<RoundOutcome> => {
    const db = options.db();
    const status = await options.transport.status();
    if (!status.ok) return fail(db, { code: 'host', detail: status.error });
    if (!status.value.joined) {
      if (await readState(db, 'link')) await detach(db);
      return 'standalone';
    }
    const enrolment = status.value.enrolment;
    const link = await readState(db, 'link');
    if (!link || link.teamId !== enrolment.teamId || link.deviceId !== enrolment.deviceId) await attach(db, enrolment, now());

    const pulled = await pullAll(db, enrolment);
    let behind = pulled === 'more';
    if (pulled && pulled !== 'more') return pulled;

    let pushedSome = false;
    for (let step = 0; ; step++) {
      const outbox = await readState(db, 'outbox');
      const plan = await planPush(db, outbox, { serverDevice: enrolment.deviceId, storeDevice: db.deviceId });
      if (!plan) break;
      if (step >= MAX_STEPS) {
        behind = true;
        break;
      }
      if (plan.mutations.length === 0) {
        await applyPushed(db, plan, { version: 0, results: [] }, now());
        continue;
      }
      const pushed = unwrap(await options.transport.push(plan.mutations));
      if (!pushed.ok) return fail(db, pushed.failure);
      await applyPushed(db, plan, pushed.value, now());
      pushedSome = true;
    }
    // What the push made beyond this PC's own records (a note's conflict copy) comes down now.
    if (pushedSome && pulled !== 'more') {
      const after = await pullAll(db, enrolment);
      behind ||= after === 'more';
      if (after && after !== 'more') return after;
    }
    // Still behind the server: the next round follows at once, and 已同步 waits for it.
    if (behind) {
      again = true;
      return (await readState(db, 'status'))?.state ?? 'synced';
    }
    halted = false;
    await setStatus(db, 'synced', null);
    return 'synced';
  };

  const schedule = (outcome: RoundOutcome | 'error'): void => {
    if (stopped || options.manual) return;
    if (timer) clearTimeout(timer);
    if (halted && outcome === 'failed') return;
    const wait = again ? 0 : outcome === 'offline' ? retry.offlineMs : outcome === 'failed' || outcome === 'error' ? retry.failedMs : retry.idleMs;
    again = false;
    timer = setTimeout(() => engine.kick(), wait);
  };

  const runOnce = (): Promise<RoundOutcome> => {
    if (running) {
      again = true;
      return running;
    }
    running = round()
      .then((outcome) => {
        standalone = outcome === 'standalone';
        schedule(outcome);
        return outcome;
      })
      .catch((e: unknown) => {
        console.error('team sync', e);
        schedule('error');
        const db = options.db();
        return fail(db, { code: 'host', detail: e instanceof Error ? e.message : String(e) }).catch(() => 'failed' as const);
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  // Every write on this PC grows the log: push it soon after.
  const subscription = (options.manual ? liveQuery(async () => 0) : liveQuery(() => options.db().changes.orderBy(':id').lastKey())).subscribe({
    next: (last) => {
      const seq = typeof last === 'number' ? last : 0;
      if (lastSeen !== -1 && seq !== lastSeen && !standalone) engine.kick();
      lastSeen = seq;
    },
    error: () => {},
  });

  const engine: SyncEngine = {
    kick() {
      if (stopped) return;
      void runOnce();
    },
    poke() {
      engine.kick();
    },
    runOnce,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      subscription.unsubscribe();
    },
  };
  return engine;
}

import { liveQuery } from 'dexie';
import type { Result } from '@shared/lib/result';
import type { SyncEnrolment, SyncPoke } from '@shared/schemas/syncHost';
import type { XiaoerDb } from '../db';
import { applyPulled, applyPushed } from './apply';
import { attach, detach } from './join';
import { planPush } from './outbox';
import { readState, writeState, type RoundFailure, type RoundState } from './state';
import type { SyncTransport } from './transport';

export const PULL_PAGE = 500;
/** A round stops after this many pages or pushes and starts again at once: the UI stays live. */
const MAX_STEPS = 40;

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
export function createSyncEngine(options: { db: () => XiaoerDb; transport: SyncTransport; now?: () => number; retry?: RetryPolicy; /** Tests drive rounds themselves. */ manual?: boolean }): SyncEngine {
  const now = options.now ?? Date.now;
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

  /** Pulls until the server has nothing newer; a failure's outcome, or null when done. */
  const pullAll = async (db: XiaoerDb, enrolment: SyncEnrolment): Promise<RoundOutcome | null> => {
    for (let step = 0; step < MAX_STEPS; step++) {
      const cursor = await readState(db, 'cursor');
      const pulled = unwrap(await options.transport.pull(cursor, PULL_PAGE));
      if (!pulled.ok) {
        // The server was reset or replaced: what this PC knew of it is void; offer everything again.
        if (pulled.failure.code === 'cursor_ahead') {
          await attach(db, enrolment, now());
          again = true;
        }
        return fail(db, pulled.failure);
      }
      await applyPulled(db, pulled.value.rows, pulled.value.cursor, now());
      if (!pulled.value.more) break;
    }
    return null;
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
    if (pulled) return pulled;

    let pushedSome = false;
    for (let step = 0; step < MAX_STEPS; step++) {
      const outbox = await readState(db, 'outbox');
      const plan = await planPush(db, outbox, { serverDevice: enrolment.deviceId, storeDevice: db.deviceId });
      if (!plan) break;
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
    if (pushedSome) {
      const again = await pullAll(db, enrolment);
      if (again) return again;
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

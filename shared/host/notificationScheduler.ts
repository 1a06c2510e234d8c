import type { SendPayload } from './contract';
import type { TabTarget } from '../schemas/tabs';

/**
 * Notifications for things that must not wait unseen (a buyer over the 3-minute line, a 催付
 * step coming due), for both hosts: Electron main gives it `Notification` and Node timers, the
 * browser host the Web Notification API and window timers. One implementation, so the e2e run
 * (browser host) exercises exactly what the desktop app does.
 *
 * What rings is an *alarm*: a key at a cadence (`repeatEveryMs`, null for a single toast).
 * - An alarm rings at most once: the renderer may repeat a request on every pass, the agent
 *   must not get the same toast twice. A repeating alarm rings every `repeatEveryMs` until the
 *   renderer acknowledges its key (the buyer was answered, the reminder handled).
 * - An acknowledged alarm never rings again, even when asked (a late request of a round the
 *   agent already handled). An ack that overtakes its show covers every cadence of that key.
 * - The same key at another cadence is another alarm — an escalation, such as a one-shot
 *   "new buyer" toast becoming a repeating "over 3 minutes" alarm — so it rings even after the
 *   key was acknowledged. (Callers still give each round and level its own key, as the presale
 *   alerts do: `presale:<conversation>:<round start>:<level>`; this rule only keeps an
 *   escalation under a reused key from being swallowed.)
 * - Memory is bounded: the oldest finished keys are forgotten first.
 * A click brings the window forward on the matching tab but does not acknowledge: only doing
 * the work does.
 */

export type ShowRequest = SendPayload<'notify:show'>;

export interface TimersLike<H = unknown> {
  setTimeout(fn: () => void, ms: number): H;
  clearTimeout(handle: H): void;
}

export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'click', listener: () => void): unknown;
}

export type NotificationFactory = (options: { title: string; body: string; key: string }) => NotificationLike;

export interface SchedulerDeps<H> {
  timers: TimersLike<H>;
  create: NotificationFactory;
  onClick: (target: TabTarget, key: string) => void;
  /** How many keys to remember for "rings once"; the oldest finished ones are forgotten first. */
  rememberKeys?: number;
}

export interface NotificationScheduler {
  show(request: ShowRequest): void;
  ack(key: string): void;
  /** Keys still repeating (shown, not yet acknowledged). */
  active(): string[];
  dispose(): void;
}

type Cadence = number | null;
/** An ack that came before any show of its key: every cadence of it is done. */
const EVERY_CADENCE = 'every';

interface Entry<H> {
  request: ShowRequest;
  /** Kept referenced: Electron drops click handlers of notifications that get garbage-collected. */
  current: NotificationLike | null;
  timer: H | null;
}

/** Shown one-shot toasts kept closable by a later ack; the OS forgets old toasts anyway. */
const ONE_SHOTS_KEPT = 50;

export function createNotificationScheduler<H>(deps: SchedulerDeps<H>): NotificationScheduler {
  const limit = deps.rememberKeys ?? 2000;
  /** Per key, the cadences that already rang (or every cadence, for an ack ahead of its show). */
  const rung = new Map<string, Set<Cadence> | typeof EVERY_CADENCE>();
  /** Repeating alarms, by key. */
  const entries = new Map<string, Entry<H>>();
  /**
   * Shown one-shot toasts, kept referenced (Electron loses the click handler of a garbage-collected
   * Notification) and closable by a later ack. Bounded like the OS's own list.
   */
  const oneShots = new Map<string, NotificationLike>();

  const remember = (key: string, cadence: Cadence | typeof EVERY_CADENCE): void => {
    const before = rung.get(key);
    // Re-inserted so the Map's insertion order stays "least recently used first".
    rung.delete(key);
    if (cadence === EVERY_CADENCE || before === EVERY_CADENCE) rung.set(key, EVERY_CADENCE);
    else rung.set(key, new Set(before ?? []).add(cadence));
    for (const old of rung.keys()) {
      if (rung.size <= limit) break;
      if (!entries.has(old)) rung.delete(old);
    }
  };

  const hasRung = (key: string, cadence: Cadence): boolean => {
    const done = rung.get(key);
    return done === EVERY_CADENCE || (done?.has(cadence) ?? false);
  };

  const stop = (entry: Entry<H>): void => {
    if (entry.timer !== null) deps.timers.clearTimeout(entry.timer);
    entry.timer = null;
    entry.current?.close();
    entry.current = null;
  };

  const keepOneShot = (key: string, n: NotificationLike): void => {
    oneShots.delete(key);
    oneShots.set(key, n);
    for (const old of oneShots.keys()) {
      if (oneShots.size <= ONE_SHOTS_KEPT) break;
      oneShots.delete(old);
    }
  };

  const fire = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return;
    const { request } = entry;
    // Replace rather than stack: one toast per key in the notification centre.
    entry.current?.close();
    oneShots.get(key)?.close();
    oneShots.delete(key);
    const n = deps.create({ title: request.title, body: request.body, key });
    n.on('click', () => deps.onClick(request.target, key));
    entry.current = n;
    n.show();
    if (request.repeatEveryMs !== null) {
      entry.timer = deps.timers.setTimeout(() => fire(key), request.repeatEveryMs);
      return;
    }
    entries.delete(key);
    keepOneShot(key, n);
  };

  return {
    show(request) {
      const { key, repeatEveryMs } = request;
      if (hasRung(key, repeatEveryMs)) return;
      // Another cadence of a key still ringing replaces it (the escalation takes over).
      const ringing = entries.get(key);
      if (ringing) {
        stop(ringing);
        entries.delete(key);
      }
      remember(key, repeatEveryMs);
      entries.set(key, { request, current: null, timer: null });
      fire(key);
    },
    ack(key) {
      // An ack that overtakes its show still counts: the later show is then skipped.
      if (!rung.has(key)) remember(key, EVERY_CADENCE);
      oneShots.get(key)?.close();
      oneShots.delete(key);
      const entry = entries.get(key);
      if (!entry) return;
      stop(entry);
      entries.delete(key);
    },
    active: () => [...entries.keys()],
    dispose() {
      for (const entry of entries.values()) stop(entry);
      entries.clear();
      oneShots.clear();
    },
  };
}

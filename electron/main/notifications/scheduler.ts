import type { SendPayload } from '@shared/host/contract';
import type { TabTarget } from '@shared/schemas/tabs';

/**
 * Native notifications for things that must not wait unseen (a buyer over the 3-minute line, a
 * 催付 step coming due). Each key is shown once — the renderer may repeat a summary many times,
 * the agent must not get the same toast twice — and repeats every `repeatEveryMs` until the
 * renderer acknowledges it (the buyer was answered, the reminder handled). A click brings the
 * window forward on the matching tab but does not acknowledge: only doing the work does.
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

export type NotificationFactory = (options: { title: string; body: string }) => NotificationLike;

export interface SchedulerDeps<H> {
  timers: TimersLike<H>;
  create: NotificationFactory;
  onClick: (target: TabTarget, key: string) => void;
  /** How many finished keys to remember for "show once"; oldest are forgotten first. */
  rememberKeys?: number;
}

export interface NotificationScheduler {
  show(request: ShowRequest): void;
  ack(key: string): void;
  /** Keys still repeating (shown, not yet acknowledged). */
  active(): string[];
  dispose(): void;
}

interface Entry<H> {
  request: ShowRequest;
  /** Kept referenced: Electron drops click handlers of notifications that get garbage-collected. */
  current: NotificationLike | null;
  timer: H | null;
}

export function createNotificationScheduler<H>(deps: SchedulerDeps<H>): NotificationScheduler {
  const limit = deps.rememberKeys ?? 2000;
  const seen = new Set<string>();
  const entries = new Map<string, Entry<H>>();
  /**
   * Shown one-shot toasts, kept referenced (Electron loses the click handler of a garbage-collected
   * Notification) and closable by a later ack. Bounded: the OS forgets old toasts anyway.
   */
  const oneShots = new Map<string, NotificationLike>();
  const ONE_SHOTS_KEPT = 50;

  const remember = (key: string): void => {
    seen.add(key);
    // Sets iterate in insertion order, so the first keys are the oldest.
    for (const old of seen) {
      if (seen.size <= limit) break;
      if (!entries.has(old)) seen.delete(old);
    }
  };

  const stop = (entry: Entry<H>): void => {
    if (entry.timer !== null) deps.timers.clearTimeout(entry.timer);
    entry.timer = null;
    entry.current?.close();
    entry.current = null;
  };

  const fire = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return;
    const { request } = entry;
    // Replace rather than stack: one toast per key in the notification centre.
    entry.current?.close();
    const n = deps.create({ title: request.title, body: request.body });
    n.on('click', () => deps.onClick(request.target, key));
    entry.current = n;
    n.show();
    if (request.repeatEveryMs !== null) {
      entry.timer = deps.timers.setTimeout(() => fire(key), request.repeatEveryMs);
      return;
    }
    entries.delete(key);
    oneShots.set(key, n);
    for (const old of oneShots.keys()) {
      if (oneShots.size <= ONE_SHOTS_KEPT) break;
      oneShots.delete(old);
    }
  };

  return {
    show(request) {
      if (seen.has(request.key)) return;
      remember(request.key);
      entries.set(request.key, { request, current: null, timer: null });
      fire(request.key);
    },
    ack(key) {
      // An ack that overtakes its show still counts: the later show is then skipped.
      remember(key);
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

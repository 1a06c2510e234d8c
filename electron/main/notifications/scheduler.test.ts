import { describe, expect, it } from 'vitest';
import { createNotificationScheduler, type NotificationLike, type ShowRequest, type TimersLike } from './scheduler';

/** A manual clock: timers fire only when the test advances time. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: TimersLike<number> = {
    setTimeout: (fn, ms) => (pending.set(next, { at: now + ms, fn }), next++),
    clearTimeout: (h) => void pending.delete(h),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = until;
  };
  return { timers, advance, pendingCount: () => pending.size };
}

interface FakeNote extends NotificationLike {
  title: string;
  shown: number;
  closed: boolean;
  click(): void;
}

function setup() {
  const clock = fakeTimers();
  const created: FakeNote[] = [];
  const clicks: unknown[] = [];
  const scheduler = createNotificationScheduler({
    timers: clock.timers,
    create: ({ title }) => {
      let onClick = () => {};
      const n: FakeNote = {
        title,
        shown: 0,
        closed: false,
        show: () => void n.shown++,
        close: () => void (n.closed = true),
        on: (_e, l) => void (onClick = l),
        click: () => onClick(),
      };
      created.push(n);
      return n;
    },
    onClick: (target, key) => clicks.push([key, target]),
  });
  return { scheduler, clock, created, clicks };
}

const request = (over: Partial<ShowRequest> = {}): ShowRequest => ({
  key: 'buyer:tb_小王:1700000000000',
  title: '买家等待超过 3 分钟',
  body: 'tb_小王: 在吗？',
  target: { entity: 'conversation', id: 'c1' },
  repeatEveryMs: null,
  ...over,
});

describe('the notification scheduler', () => {
  it('shows a notification once per key however often it is requested', () => {
    const { scheduler, created } = setup();
    scheduler.show(request());
    scheduler.show(request());
    expect(created).toHaveLength(1);
    expect(created[0]!.shown).toBe(1);
  });

  it('repeats every repeatEveryMs, replacing the previous toast, until acknowledged', () => {
    const { scheduler, clock, created } = setup();
    scheduler.show(request({ repeatEveryMs: 60_000 }));
    clock.advance(59_999);
    expect(created).toHaveLength(1);
    clock.advance(1);
    expect(created).toHaveLength(2);
    expect(created[0]!.closed).toBe(true);
    clock.advance(120_000);
    expect(created).toHaveLength(4);
    scheduler.ack(request().key);
    expect(created.at(-1)!.closed).toBe(true);
    clock.advance(600_000);
    expect(created).toHaveLength(4);
    expect(scheduler.active()).toEqual([]);
    expect(clock.pendingCount()).toBe(0);
  });

  it('does not show a key again after it was acknowledged', () => {
    const { scheduler, created } = setup();
    scheduler.show(request({ repeatEveryMs: 10_000 }));
    scheduler.ack(request().key);
    scheduler.show(request({ repeatEveryMs: 10_000 }));
    expect(created).toHaveLength(1);
  });

  it('skips a show whose ack arrived first', () => {
    const { scheduler, created } = setup();
    scheduler.ack('late-key');
    scheduler.show(request({ key: 'late-key' }));
    expect(created).toHaveLength(0);
  });

  it('reports the target of a clicked notification and keeps repeating until the ack', () => {
    const { scheduler, clock, created, clicks } = setup();
    scheduler.show(request({ repeatEveryMs: 30_000 }));
    created[0]!.click();
    expect(clicks).toEqual([[request().key, { entity: 'conversation', id: 'c1' }]]);
    clock.advance(30_000);
    expect(created).toHaveLength(2);
  });

  it('keeps separate keys independent', () => {
    const { scheduler, clock, created } = setup();
    scheduler.show(request({ key: 'a', repeatEveryMs: 10_000 }));
    scheduler.show(request({ key: 'b', repeatEveryMs: 25_000 }));
    scheduler.ack('a');
    clock.advance(50_000);
    expect(created.map((n) => n.title)).toHaveLength(4);
    expect(scheduler.active()).toEqual(['b']);
  });

  it('closes a one-shot toast when its key is acknowledged', () => {
    const { scheduler, created } = setup();
    scheduler.show(request({ key: 'once' }));
    scheduler.ack('once');
    expect(created[0]!.closed).toBe(true);
  });

  it('stops every repeat on dispose', () => {
    const { scheduler, clock, created } = setup();
    scheduler.show(request({ key: 'a', repeatEveryMs: 10_000 }));
    scheduler.dispose();
    clock.advance(100_000);
    expect(created).toHaveLength(1);
    expect(clock.pendingCount()).toBe(0);
  });

  it('forgets the oldest finished keys beyond its memory limit', () => {
    const clock = fakeTimers();
    let count = 0;
    const scheduler = createNotificationScheduler({
      timers: clock.timers,
      create: () => ({ show: () => void count++, close: () => {}, on: () => {} }),
      onClick: () => {},
      rememberKeys: 2,
    });
    scheduler.show(request({ key: 'k1' }));
    scheduler.show(request({ key: 'k2' }));
    scheduler.show(request({ key: 'k3' }));
    scheduler.show(request({ key: 'k1' }));
    expect(count).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { createNotificationScheduler, type NotificationLike, type ShowRequest, type TimersLike } from './notificationScheduler';

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

type Step = readonly ['show', string, number | null] | readonly ['ack', string] | readonly ['wait', number];

/** Rounds and levels: what rings, step by step. `rings` counts every toast created, repeats included. */
const ROUNDS: { name: string; steps: Step[]; rings: number; active: string[] }[] = [
  {
    // The case: the presale alert escalated "over 3 minutes" by acknowledging and
    // re-showing the same key, and the old scheduler swallowed the repeating alarm for good.
    name: 'a key shown once, acknowledged, then shown with a repeat interval rings again',
    steps: [['show', 'presale:C1', null], ['ack', 'presale:C1'], ['show', 'presale:C1', 60_000]],
    rings: 2,
    active: ['presale:C1'],
  },
  {
    name: 'an escalation to a new level rings again and keeps repeating',
    steps: [['show', 'presale:C1:1000:new', null], ['ack', 'presale:C1:1000:new'], ['show', 'presale:C1:1000:over', 60_000], ['wait', 120_000]],
    rings: 4,
    active: ['presale:C1:1000:over'],
  },
  {
    name: 'an escalation under the same key without an ack still rings',
    steps: [['show', 'presale:C1', null], ['show', 'presale:C1', 60_000]],
    rings: 2,
    active: ['presale:C1'],
  },
  {
    name: 'a returning buyer (a new round) rings again after the first round was answered',
    steps: [['show', 'presale:C1:1000:new', null], ['ack', 'presale:C1:1000:new'], ['show', 'presale:C1:9000:new', null]],
    rings: 2,
    active: [],
  },
  {
    name: 'an acknowledged round never rings again, one-shot or repeating',
    steps: [
      ['show', 'presale:C1:1000:new', null], ['ack', 'presale:C1:1000:new'], ['show', 'presale:C1:1000:new', null],
      ['show', 'presale:C1:1000:over', 60_000], ['ack', 'presale:C1:1000:over'], ['show', 'presale:C1:1000:over', 60_000], ['wait', 300_000],
    ],
    rings: 2,
    active: [],
  },
  {
    name: 'an acknowledged alarm does not come back by stepping down to a cadence that already rang',
    steps: [['show', 'k', null], ['show', 'k', 60_000], ['ack', 'k'], ['show', 'k', null], ['show', 'k', 60_000]],
    rings: 2,
    active: [],
  },
  {
    name: 'an ack ahead of its show covers every cadence of that key',
    steps: [['ack', 'k'], ['show', 'k', null], ['show', 'k', 60_000]],
    rings: 0,
    active: [],
  },
  {
    name: 'asking again for an alarm that is still repeating changes nothing',
    steps: [['show', 'k', 60_000], ['wait', 30_000], ['show', 'k', 60_000], ['wait', 30_000]],
    rings: 2,
    active: ['k'],
  },
];

describe('the notification scheduler, round by round', () => {
  it.each(ROUNDS)('$name', ({ steps, rings, active }) => {
    const { scheduler, clock, created } = setup();
    for (const step of steps) {
      if (step[0] === 'show') scheduler.show(request({ key: step[1], repeatEveryMs: step[2] }));
      else if (step[0] === 'ack') scheduler.ack(step[1]);
      else clock.advance(step[1]);
    }
    expect(created).toHaveLength(rings);
    expect(scheduler.active()).toEqual(active);
    // Whatever is not ringing any more has its toast closed.
    expect(created.filter((n) => !n.closed).length).toBeLessThanOrEqual(1);
  });

  it('an escalation replaces the toast of the lower level', () => {
    const { scheduler, created } = setup();
    scheduler.show(request({ key: 'k', repeatEveryMs: null }));
    scheduler.show(request({ key: 'k', repeatEveryMs: 60_000 }));
    expect(created.map((n) => n.closed)).toEqual([true, false]);
  });
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

  it('does not show the same alarm again after it was acknowledged', () => {
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

import { describe, expect, it } from 'vitest';
import { alertKey, alertPass, type AlertAction, type AlertEntry, type AlertMemory } from './alerts';

const T0 = 1_700_000_000_000;
const MIN = 60_000;
const buyer = (lastBuyerAt: number, shopId = 's'): AlertEntry => ({ id: 'c1', shopId, lastBuyerAt });

/** Runs the passes in order, each with the memory the previous one left; answers each pass's actions. */
function run(passes: { waiting: AlertEntry[]; at: number; muted?: string[] }[]): AlertAction[][] {
  let memory: AlertMemory = new Map();
  return passes.map(({ waiting, at, muted = [] }) => {
    const pass = alertPass(waiting, memory, new Set(muted), at);
    memory = pass.memory;
    return pass.actions;
  });
}

const show = (round: number, level: 'new' | 'over'): AlertAction => ({ kind: 'show', id: 'c1', key: alertKey('c1', round, level), level, sound: true, repeat: level === 'over' });
const ack = (round: number, level: 'new' | 'over'): AlertAction => ({ kind: 'ack', id: 'c1', key: alertKey('c1', round, level) });

describe('the waiting-buyer alarm', () => {
  it.each([
    {
      name: 'a new buyer rings once, escalates once over 3 minutes under a new key, and is acknowledged on leaving',
      passes: [
        { waiting: [buyer(T0)], at: T0 + 1000 },
        { waiting: [buyer(T0)], at: T0 + MIN },
        { waiting: [buyer(T0)], at: T0 + 3 * MIN + 1000 },
        { waiting: [buyer(T0)], at: T0 + 5 * MIN },
        { waiting: [], at: T0 + 5 * MIN + 1000 },
      ],
      actions: [[show(T0, 'new')], [], [ack(T0, 'new'), show(T0, 'over')], [], [ack(T0, 'over')]],
    },
    {
      name: 'a buyer who writes again after being answered rings again, as a new round',
      passes: [
        { waiting: [buyer(T0)], at: T0 + 1000 },
        { waiting: [], at: T0 + MIN },
        { waiting: [buyer(T0 + 2 * MIN)], at: T0 + 2 * MIN + 1000 },
      ],
      actions: [[show(T0, 'new')], [ack(T0, 'new')], [show(T0 + 2 * MIN, 'new')]],
    },
    {
      name: 'a new round seen without the answer in between still rings, and closes the old round',
      passes: [
        { waiting: [buyer(T0)], at: T0 + 4 * MIN },
        { waiting: [buyer(T0 + 5 * MIN)], at: T0 + 5 * MIN + 1000 },
      ],
      actions: [[show(T0, 'over')], [ack(T0, 'over'), show(T0 + 5 * MIN, 'new')]],
    },
    {
      name: 'a buyer first seen over the line rings straight at the over level',
      passes: [{ waiting: [buyer(T0)], at: T0 + 10 * MIN }],
      actions: [[show(T0, 'over')]],
    },
    {
      name: 'a muted shop stays silent and what it had rung is acknowledged',
      passes: [
        { waiting: [buyer(T0, 'm')], at: T0 + 1000 },
        { waiting: [buyer(T0, 'm')], at: T0 + 4 * MIN, muted: ['m'] },
        { waiting: [buyer(T0, 'm')], at: T0 + 5 * MIN, muted: ['m'] },
      ],
      actions: [[show(T0, 'new')], [ack(T0, 'new')], []],
    },
  ])('$name', ({ passes, actions }) => {
    expect(run(passes)).toEqual(actions);
  });

  it('keys differ by conversation, round and level, and never by the pass', () => {
    const keys = new Set([alertKey('c1', T0, 'new'), alertKey('c1', T0, 'over'), alertKey('c1', T0 + 1, 'new'), alertKey('c2', T0, 'new')]);
    expect(keys.size).toBe(4);
    expect(alertKey('c1', T0, 'new')).toBe(`presale:c1:${T0}:new`);
  });
});

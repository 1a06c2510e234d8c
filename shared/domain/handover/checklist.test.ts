import { describe, expect, it } from 'vitest';
import { checklistLabelKey, checklistRows, DEFAULT_CHECKLIST, toggleChecklist } from './checklist';

describe('daily checklist', () => {
  it('shows each item with its live count and today\'s progress, in routine order', () => {
    const rows = checklistRows(DEFAULT_CHECKLIST, { handover: 2, unpaid: 7, openTickets: 3 }, { date: '2026-11-19', agentId: 'A1', done: { unpaid: 100 } });
    expect(rows.map((r) => [r.id, r.phase, r.count, r.doneAt])).toEqual([
      ['read-handover', 'start', 2, null],
      ['unpaid', 'start', 7, 100],
      ['unshipped', 'start', 0, null],
      ['yesterday-reviews', 'start', 0, null],
      ['midday-reviews', 'midday', 0, null],
      ['aftersale', 'end', 3, null],
      ['late-shipments', 'end', 0, null],
    ]);
  });

  it('puts configured items in phase order and leaves uncounted items without a count', () => {
    const rows = checklistRows(
      [{ id: 'x', label: '关窗', phase: 'end', counter: 'none', target: { tab: 'notes' } }, { id: 'y', label: '看交接', phase: 'start', counter: 'handover', target: { tab: 'handover' } }],
      { handover: 1 },
      null,
    );
    expect(rows.map((r) => [r.id, r.count])).toEqual([['y', 1], ['x', null]]);
  });

  it('ticks and unticks an item without changing the previous progress', () => {
    const p = { date: '2026-11-19', agentId: 'A1', done: {} };
    const ticked = toggleChecklist(p, 'unpaid', 5);
    expect(ticked.done).toEqual({ unpaid: 5 });
    expect(p.done).toEqual({});
    expect(toggleChecklist(ticked, 'unpaid', 6).done).toEqual({});
  });

  it.each([
    ['handover.checklist.default.unpaid', 'handover.checklist.default.unpaid'],
    ['shift.checklist.default.unpaid', 'handover.checklist.default.unpaid'],
    ['回访昨天的差评', null],
    ['handover.somethingElse', null],
  ])('reads the label %s as the locale key %s, old saved configs included', (label, key) => {
    expect(checklistLabelKey(label)).toBe(key);
  });
});

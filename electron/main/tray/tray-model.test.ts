import { describe, expect, it } from 'vitest';
import { buildTrayModel, formatWait, initialTrayModel, TOOLTIP_MAX, trayIconVariant } from './tray-model';
import { summary } from './fixtures';

describe('formatWait', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [192_000, '3:12'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [-5, '0:00'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatWait(ms)).toBe(text);
  });
});

describe('trayIconVariant', () => {
  it.each([
    [{}, 'idle'],
    [{ unanswered: 1 }, 'attention'],
    [{ dueReminders: 2 }, 'attention'],
    [{ dueFollowUps: 1 }, 'attention'],
    [{ overdueCases: 3 }, 'attention'],
  ] as const)('counts %o give the %s icon', (over, variant) => {
    expect(trayIconVariant(summary(over))).toBe(variant);
  });
});

describe('buildTrayModel', () => {
  it('lists each count with its localized label and the tab it opens', () => {
    const model = buildTrayModel(summary({ unanswered: 3, longestWaitMs: 312_000, dueReminders: 2, dueFollowUps: 1, overdueCases: 4 }));
    expect(model.icon).toBe('attention');
    expect(model.tooltip).toBe('小二工作台 — 一切正常');
    expect(model.items).toEqual([
      { kind: 'navigate', id: 'unanswered', label: '未回复买家: 3 · 5:12', count: 3, target: { tab: 'presale' } },
      { kind: 'navigate', id: 'dueReminders', label: '待催付: 2', count: 2, target: { tab: 'payments' } },
      { kind: 'navigate', id: 'dueFollowUps', label: '待跟进: 1', count: 1, target: { tab: 'presale' } },
      { kind: 'navigate', id: 'overdueCases', label: '超时售后: 4', count: 4, target: { tab: 'aftersale' } },
      { kind: 'separator' },
      { kind: 'open', label: '打开' },
      { kind: 'quit', label: '退出' },
    ]);
  });

  it('leaves out the wait time when nobody is waiting', () => {
    expect(buildTrayModel(summary()).items[0]).toMatchObject({ label: '未回复买家: 0' });
  });

  it('cuts a long tooltip to what Windows can show, marking the cut', () => {
    const tooltip = '长'.repeat(300);
    const model = buildTrayModel(summary({ labels: { ...summary().labels, tooltip } }));
    expect(model.tooltip).toHaveLength(TOOLTIP_MAX);
    expect(model.tooltip.endsWith('…')).toBe(true);
  });

  it('offers only Open and Quit before the first summary arrives', () => {
    expect(initialTrayModel({ tooltip: 'x', open: '打开', quit: '退出' }).items.map((i) => i.kind)).toEqual(['open', 'quit']);
  });
});

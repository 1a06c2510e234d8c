import { describe, expect, it, vi } from 'vitest';
import { createTrayController, type MenuTemplateItem } from './tray-controller';
import { summary } from './fixtures';

function setup() {
  const tray = { setToolTip: vi.fn(), setImage: vi.fn(), setContextMenu: vi.fn() };
  const menus: MenuTemplateItem[][] = [];
  const calls: unknown[] = [];
  const controller = createTrayController({
    tray,
    images: { idle: 'idle.png', attention: 'attention.png' },
    buildMenu: (t) => (menus.push(t), { built: t.length }),
    navigate: (target) => calls.push(['navigate', target]),
    open: () => calls.push('open'),
    quit: () => calls.push('quit'),
  });
  const click = (label: string) => {
    const item = menus.at(-1)!.find((i) => 'label' in i && i.label.startsWith(label));
    (item as { click: () => void }).click();
  };
  return { tray, menus, calls, controller, click };
}

describe('the tray controller', () => {
  it('sets tooltip, icon and a built menu from a summary', () => {
    const { tray, controller } = setup();
    controller.update(summary({ unanswered: 1, longestWaitMs: 200_000 }));
    expect(tray.setToolTip).toHaveBeenCalledWith('小二工作台 — 一切正常');
    expect(tray.setImage).toHaveBeenCalledWith('attention.png');
    expect(tray.setContextMenu).toHaveBeenCalledWith({ built: 7 });
  });

  it('swaps the icon only when the variant changes', () => {
    const { tray, controller } = setup();
    controller.update(summary({ unanswered: 1 }));
    controller.update(summary({ unanswered: 2 }));
    controller.update(summary());
    expect(tray.setImage.mock.calls).toEqual([['attention.png'], ['idle.png']]);
  });

  it('opens the window and navigates to the matching tab when a count is clicked', () => {
    const { controller, click, calls } = setup();
    controller.update(summary({ dueReminders: 2, overdueCases: 1 }));
    click('待催付');
    click('超时售后');
    click('待跟进');
    click('未回复买家');
    expect(calls).toEqual([
      'open', ['navigate', { tab: 'payments' }],
      'open', ['navigate', { tab: 'aftersale' }],
      'open', ['navigate', { tab: 'presale' }],
      'open', ['navigate', { tab: 'presale' }],
    ]);
  });

  it('wires Open and Quit and keeps the separator', () => {
    const { controller, click, calls, menus } = setup();
    controller.update(summary());
    click('打开');
    click('退出');
    expect(calls).toEqual(['open', 'quit']);
    expect(menus[0]).toContainEqual({ type: 'separator' });
  });
});

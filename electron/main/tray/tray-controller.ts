import type { TabTarget } from '@shared/schemas/tabs';
import type { TraySummary } from '@shared/schemas/tray';
import { buildTrayModel, type TrayIconVariant, type TrayModel } from './tray-model';

/**
 * Applies a TrayModel to a real tray. Electron's Tray and Menu are passed in as small
 * interfaces, so the click wiring is tested with fakes.
 */

/** The subset of Electron's MenuItemConstructorOptions we produce. */
export type MenuTemplateItem = { label: string; click: () => void } | { type: 'separator' };

export interface TrayLike {
  setToolTip(text: string): void;
  setImage(image: unknown): void;
  setContextMenu(menu: unknown): void;
}

export interface TrayControllerDeps<Image, Menu> {
  tray: TrayLike;
  images: Record<TrayIconVariant, Image>;
  /** Menu.buildFromTemplate in production. */
  buildMenu: (template: MenuTemplateItem[]) => Menu;
  navigate: (target: TabTarget) => void;
  open: () => void;
  quit: () => void;
}

export interface TrayController {
  update(summary: TraySummary): void;
  apply(model: TrayModel): void;
}

export function createTrayController<Image, Menu>(deps: TrayControllerDeps<Image, Menu>): TrayController {
  let lastIcon: TrayIconVariant | null = null;

  const template = (model: TrayModel): MenuTemplateItem[] =>
    model.items.map((item): MenuTemplateItem => {
      switch (item.kind) {
        case 'separator':
          return { type: 'separator' };
        case 'open':
          return { label: item.label, click: deps.open };
        case 'quit':
          return { label: item.label, click: deps.quit };
        case 'navigate':
          return {
            label: item.label,
            click: () => {
              // Show the window first so the navigation is visible, not queued behind the tray.
              deps.open();
              deps.navigate(item.target);
            },
          };
      }
    });

  const apply = (model: TrayModel): void => {
    deps.tray.setToolTip(model.tooltip);
    // The renderer sends a summary every few seconds; swapping the image each time flickers on
    // some Linux panels, so only change it when the variant changes.
    if (model.icon !== lastIcon) {
      deps.tray.setImage(deps.images[model.icon]);
      lastIcon = model.icon;
    }
    deps.tray.setContextMenu(deps.buildMenu(template(model)));
  };

  return { apply, update: (summary) => apply(buildTrayModel(summary)) };
}

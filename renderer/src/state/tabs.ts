import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';
import { FIXED_TABS, type EntityKind, type FixedTab, type TabTarget } from '@shared/schemas/tabs';

/** An open console tab: one of the fixed areas, or one entity (order, buyer, case…). */
export type OpenTab = { key: string; fixed: FixedTab } | { key: string; entity: EntityKind; id: string; title: string };

const tabKey = (t: TabTarget): string => ('tab' in t ? t.tab : `${t.entity}:${t.id}`);

interface TabsState {
  entityTabs: Extract<OpenTab, { entity: EntityKind }>[];
  activeKey: string;
  open(target: TabTarget, title?: string): void;
  activate(key: string): void;
  close(key: string): void;
}

/** Open tabs and the active one are UI state: persisted so a restart shows the same console. */
export const useTabs = create<TabsState>()(
  persist(
    (set, get) => ({
      entityTabs: [],
      activeKey: 'presale',
      open(target, title) {
        const key = tabKey(target);
        if ('entity' in target && !get().entityTabs.some((t) => t.key === key)) {
          set({ entityTabs: [...get().entityTabs, { key, entity: target.entity, id: target.id, title: title ?? target.id }] });
        }
        set({ activeKey: key });
      },
      activate(key) {
        set({ activeKey: key });
      },
      close(key) {
        const tabs = get().entityTabs;
        const index = tabs.findIndex((t) => t.key === key);
        if (index < 0) return; // fixed tabs cannot be closed
        const rest = tabs.filter((t) => t.key !== key);
        const neighbour = rest[index - 1]?.key ?? rest[index]?.key ?? 'presale';
        set({ entityTabs: rest, activeKey: get().activeKey === key ? neighbour : get().activeKey });
      },
    }),
    { name: 'xiaoer.tabs', version: 1, storage: createJSONStorage(() => localStorage) },
  ),
);

/** The fixed tabs this console shows: 团队 only to a signed-in supervisor (team mode). */
export const shownFixedTabs = (supervisor: boolean): FixedTab[] => FIXED_TABS.filter((k) => k !== 'team' || supervisor);

export const allTabKeys = (entityTabs: { key: string }[], supervisor = false): string[] => [...shownFixedTabs(supervisor), ...entityTabs.map((t) => t.key)];

import { useRef, type KeyboardEvent } from 'react';
import { shownFixedTabs, type OpenTab } from '../state/tabs';
import { useTeamSupervisor } from '../features/team';
import { useTranslation } from '../i18n';

type EntityTab = Extract<OpenTab, { entity: string }>;

/**
 * The console's tabs: one Tab stop (the active tab); ←→ move between tabs, Home/End to the ends,
 * Enter or Space opens the one focused (manual activation: opening a tab moves the focus into
 * its screen, so arrowing along the bar must not open every tab it passes).
 */
export function TabBar({ entityTabs, activeKey, onActivate, onClose }: { entityTabs: EntityTab[]; activeKey: string; onActivate: (k: string) => void; onClose: (k: string) => void }) {
  const { t } = useTranslation();
  const supervisor = useTeamSupervisor();
  const bar = useRef<HTMLElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    const tabs = [...(bar.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const i = tabs.findIndex((el) => el === document.activeElement);
    if (i < 0 || e.ctrlKey || e.altKey || e.metaKey) return;
    const to = e.key === 'ArrowRight' ? (i + 1) % tabs.length
      : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? tabs.length - 1
      : -1;
    if (to < 0) return;
    e.preventDefault();
    tabs[to]?.focus();
  };
  const stop = (key: string): 0 | -1 => (key === activeKey ? 0 : -1);
  return (
    <nav className="tabbar" role="tablist" aria-label={t('app.tabs')} ref={bar} onKeyDown={onKeyDown}>
      {shownFixedTabs(supervisor).map((key, i) => (
        <button key={key} id={`tab-${key}`} role="tab" tabIndex={stop(key)} aria-selected={key === activeKey} className={key === activeKey ? 'tab tab--active' : 'tab'} onClick={() => onActivate(key)} title={i < 9 ? `Ctrl+${i + 1}` : key === 'team' ? 'Ctrl+Shift+M' : undefined}>
          {t(`tabs.${key}.label`)}
        </button>
      ))}
      {entityTabs.map((tab) => (
        <span key={tab.key} className={tab.key === activeKey ? 'tab tab--entity tab--active' : 'tab tab--entity'}>
          <button id={`tab-${tab.key}`} role="tab" tabIndex={stop(tab.key)} aria-selected={tab.key === activeKey} aria-keyshortcuts="Control+W" className="tab__label" onClick={() => onActivate(tab.key)}>
            {t(`entity.${tab.entity}`)} {tab.title}
          </button>
          {/* A tablist owns only tabs: the × is for the mouse; keyboard and screen-reader users close with Ctrl+W (announced on the tab). */}
          <button className="tab__close" aria-hidden="true" tabIndex={-1} title={`${t('app.closeTab')} (Ctrl+W)`} onClick={() => onClose(tab.key)}>×</button>
        </span>
      ))}
    </nav>
  );
}

import { shownFixedTabs, type OpenTab } from '../state/tabs';
import { useTeamSupervisor } from '../features/team';
import { useTranslation } from '../i18n';

type EntityTab = Extract<OpenTab, { entity: string }>;

export function TabBar({ entityTabs, activeKey, onActivate, onClose }: { entityTabs: EntityTab[]; activeKey: string; onActivate: (k: string) => void; onClose: (k: string) => void }) {
  const { t } = useTranslation();
  const supervisor = useTeamSupervisor();
  return (
    <nav className="tabbar" role="tablist" aria-label={t('app.tabs')}>
      {shownFixedTabs(supervisor).map((key, i) => (
        <button key={key} id={`tab-${key}`} role="tab" aria-selected={key === activeKey} className={key === activeKey ? 'tab tab--active' : 'tab'} onClick={() => onActivate(key)} title={i < 9 ? `Ctrl+${i + 1}` : key === 'team' ? 'Ctrl+Shift+M' : undefined}>
          {t(`tabs.${key}.label`)}
        </button>
      ))}
      {entityTabs.map((tab) => (
        <span key={tab.key} className={tab.key === activeKey ? 'tab tab--entity tab--active' : 'tab tab--entity'}>
          <button id={`tab-${tab.key}`} role="tab" aria-selected={tab.key === activeKey} aria-keyshortcuts="Control+W" className="tab__label" onClick={() => onActivate(tab.key)}>
            {t(`entity.${tab.entity}`)} {tab.title}
          </button>
          {/* A tablist owns only tabs: the × is for the mouse; keyboard and screen-reader users close with Ctrl+W (announced on the tab). */}
          <button className="tab__close" aria-hidden="true" tabIndex={-1} title={`${t('app.closeTab')} (Ctrl+W)`} onClick={() => onClose(tab.key)}>×</button>
        </span>
      ))}
    </nav>
  );
}

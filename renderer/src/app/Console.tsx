import { useCallback, useEffect, useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { FIXED_TABS } from '@shared/schemas/tabs';
import { getHost } from '../host';
import { entityTitle } from '../data';
import { useTabs, allTabKeys } from '../state/tabs';
import { useSession } from '../state/session';
import { useTranslation } from '../i18n';
import { actionForKey } from './shortcuts';
import { TabBar } from './TabBar';
import { TabPanel } from './TabPanel';
import { Palette } from './Palette';
import { ShortcutHelp } from './ShortcutHelp';
import { useTraySync } from './useTraySync';
import { useSimulator } from './useSimulator';
import { useIngest } from './useIngest';
import { PresaleAlerts } from '../features/presale';
import { useShiftStart } from '../features/handover';

/** The multi-tab console an agent works in all shift. */
export function Console({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { entityTabs, activeKey, activate, close, open } = useTabs();
  const signOut = useSession((s) => s.signOut);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  useTraySync();
  useSimulator(agent.id);
  useIngest();
  useShiftStart(agent.id);

  const onKey = useCallback(
    (e: KeyboardEvent) => {
      const action = actionForKey(e);
      if (!action) return;
      e.preventDefault();
      const keys = allTabKeys(useTabs.getState().entityTabs);
      const current = useTabs.getState().activeKey;
      switch (action.kind) {
        case 'tab': {
          const target = FIXED_TABS[action.index];
          if (target) activate(target);
          return;
        }
        case 'close':
          close(current);
          return;
        case 'palette':
          setPaletteOpen(true);
          return;
        case 'help':
          setHelpOpen((open) => !open);
          return;
        case 'next-tab': {
          const i = keys.indexOf(current);
          const next = keys[(i + action.step + keys.length) % keys.length];
          if (next) activate(next);
          return;
        }
      }
    },
    [activate, close],
  );

  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  // Tray menu items and notification clicks arrive from the host as navigation events.
  useEffect(
    () =>
      getHost().on('console:navigate', (target) => {
        if ('tab' in target) open(target);
        else void entityTitle(target.entity, target.id).then((title) => open(target, title));
      }),
    [open],
  );

  return (
    <div className="console">
      <PresaleAlerts agentId={agent.id} />
      <header className="console__header">
        <span className="console__brand">{t('app.name')}</span>
        <button className="btn btn--ghost console__search" onClick={() => setPaletteOpen(true)} data-testid="open-palette">
          {t('palette.open')} <kbd>Ctrl K</kbd>
        </button>
        <span className="console__agent" data-testid="current-agent">
          {agent.name} · {t(`role.${agent.role}`)}
        </span>
        <button className="btn btn--ghost" onClick={() => setHelpOpen(true)} data-testid="open-shortcuts" title="F1">{t('shortcuts.open')}</button>
        <button className="btn btn--ghost" onClick={signOut}>{t('signIn.switch')}</button>
      </header>
      <TabBar entityTabs={entityTabs} activeKey={activeKey} onActivate={activate} onClose={close} />
      <main className="console__panel" role="tabpanel" aria-labelledby={`tab-${activeKey}`}>
        <TabPanel activeKey={activeKey} entityTabs={entityTabs} agent={agent} />
      </main>
      {paletteOpen ? <Palette onClose={() => setPaletteOpen(false)} /> : null}
      {helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} /> : null}
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { FIXED_TABS } from '@shared/schemas/tabs';
import { getHost } from '../host';
import { entityTitle } from '../data';
import { useTabs, allTabKeys } from '../state/tabs';
import { useSession } from '../state/session';
import { useAccount } from '../state/account';
import { useTranslation } from '../i18n';
import { useCommands } from '../ui/commands';
import { consoleCommands } from './commands';
import { useCommandDispatch } from './useCommandDispatch';
import { TabBar } from './TabBar';
import { TabPanel } from './TabPanel';
import { Palette } from './Palette';
import { ShortcutHelp } from './ShortcutHelp';
import { useTraySync } from './useTraySync';
import { useTabFocus } from './useTabFocus';
import { useSimulator } from './useSimulator';
import { useIngest } from './useIngest';
import { BargainNotice, PhrasePaletteDialog, PresaleAlerts } from '../features/presale';
import { useShiftStart } from '../features/handover';
import { SyncIndicator, TeamBreachAlerts, teamTabCommands, usePresenceHeartbeat, useTeamSupervisor, useTeamSync } from '../features/team';
import { ExportNotice } from '../features/orders';
import { DeliveryAlerts, useOutbox } from '../features/outbox';

/**
 * The console's background work (tray pass, simulator, ingest, outbox, team sync, shift start) in a
 * component of its own that renders nothing: their clocks and live reads re-render only it,
 * never the open screen (a 10,000-buyer queue, a long chat).
 */
function ConsoleBackground({ agentId }: { agentId: string }): null {
  useTraySync();
  useSimulator(agentId);
  useIngest();
  useOutbox();
  useTeamSync();
  usePresenceHeartbeat(agentId);
  useShiftStart(agentId);
  return null;
}

/** The multi-tab console an agent works in all shift. */
export function Console({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { entityTabs, activeKey, activate, close, open } = useTabs();
  const signOut = useSession((s) => s.signOut);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const supervisor = useTeamSupervisor();
  useCommandDispatch();
  const panel = useRef<HTMLElement>(null);
  useTabFocus(activeKey, panel);
  useCommands(consoleCommands, {
    showTab: (index) => {
      const target = FIXED_TABS[index];
      if (target) activate(target);
    },
    closeTab: () => close(useTabs.getState().activeKey),
    stepTab: (step) => {
      const keys = allTabKeys(useTabs.getState().entityTabs, supervisor);
      const i = keys.indexOf(useTabs.getState().activeKey);
      const next = keys[(i + step + keys.length) % keys.length];
      if (next) activate(next);
    },
    openPalette: () => setPaletteOpen(true),
    toggleHelp: () => setHelpOpen((open) => !open),
    signOut,
  });
  useCommands(teamTabCommands, { visible: supervisor, open: () => activate('team') });
  // The 团队 tab left open by a supervisor who signed out: the next agent starts in 接待.
  const accountKnown = useAccount((s) => s.loaded);
  useEffect(() => {
    if (accountKnown && activeKey === 'team' && !supervisor) activate('presale');
  }, [accountKnown, activeKey, supervisor, activate]);

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
      <ConsoleBackground agentId={agent.id} />
      <PresaleAlerts agentId={agent.id} />
      {supervisor ? <TeamBreachAlerts agentId={agent.id} /> : null}
      <DeliveryAlerts />
      <PhrasePaletteDialog agentId={agent.id} />
      <header className="console__header">
        <span className="console__brand">{t('app.name')}</span>
        <button className="btn btn--ghost console__search" onClick={() => setPaletteOpen(true)} data-testid="open-palette">
          {t('palette.open')} <kbd>Ctrl K</kbd>
        </button>
        <BargainNotice agent={agent} />
        <ExportNotice agentId={agent.id} onOpenOrders={() => activate('orders')} />
        <span className="console__agent" data-testid="current-agent">
          {agent.name} · {t(`role.${agent.role}`)}
        </span>
        <SyncIndicator onOpen={() => activate('settings')} />
        <button className="btn btn--ghost" onClick={() => setHelpOpen(true)} data-testid="open-shortcuts" title="F1">{t('shortcuts.open')}</button>
        <button className="btn btn--ghost" onClick={signOut} title="Ctrl+Shift+L">{t('app.switchAgent')}</button>
      </header>
      <TabBar entityTabs={entityTabs} activeKey={activeKey} onActivate={activate} onClose={close} />
      <main ref={panel} tabIndex={-1} className="console__panel" role="tabpanel" aria-labelledby={`tab-${activeKey}`}>
        <TabPanel activeKey={activeKey} entityTabs={entityTabs} agent={agent} />
      </main>
      {paletteOpen ? <Palette onClose={() => setPaletteOpen(false)} /> : null}
      {helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} /> : null}
    </div>
  );
}

import { useState } from 'react';
import { shopRulesAccess } from '@shared/domain/settings';
import type { Agent } from '@shared/schemas/entities';
import { clearDemoData, hasDemoData, listAgents, readSetting, useLive, writeSetting, SIMULATOR_SETTING, useSharedLive } from '../../data';
import { LANGUAGES, setLanguage, useTranslation, type Language } from '../../i18n';
import { AgentsSection } from './AgentsSection';
import { BackupSection } from '../backup';
import { NotificationsSection } from './NotificationsSection';
import { IngestSection } from './IngestSection';
import { OutboxSection } from './OutboxSection';
import { PresaleSettings } from '../presale';
import { TeamSection } from '../team';
import { Field, useConfirm } from '../../ui';
import { ShopsSection } from './ShopsSection';
import { ShiftsSection } from './ShiftsSection';
import { AutoReplySection } from './AutoReplySection';
import { TiersSection } from './TiersSection';
import { BargainSection } from './BargainSection';
import { PhrasesSection } from './PhrasesSection';
import { ExportFolderSection } from './ExportFolderSection';
import './rules.css';

/**
 * 设置: language, demo shop and simulator, team, the rules a supervisor sets (shops, shifts,
 * auto replies, tiers, 议价 authority, phrases), backups, agents sharing this PC, the ERP endpoint.
 */
export function SettingsScreen({ agent }: { agent: Agent }) {
  const { t, i18n } = useTranslation();
  const simulatorOn = useLive(() => readSetting(SIMULATOR_SETTING, true), [], true);
  const demo = useLive(hasDemoData, [], false);
  const agents = useSharedLive(listAgents, []);
  const [message, setMessage] = useState<string | null>(null);
  const confirm = useConfirm();
  const ctx = () => ({ agentId: agent.id, now: Date.now() });
  const access = shopRulesAccess(agent, agents);

  const clearDemo = async (): Promise<void> => {
    if (!(await confirm.ask({ title: t('settings.clearDemoTitle'), body: t('settings.clearDemoConfirm'), confirmLabel: t('settings.clearDemo'), cancelLabel: t('dialog.cancel'), danger: true }))) return;
    const result = await clearDemoData(ctx());
    setMessage(t('settings.clearDemoDone', { count: result.removed, notes: result.notesKept }));
  };

  return (
    <div className="settings">
      <section className="card">
        <h2>{t('settings.language')}</h2>
        <div className="segmented" role="radiogroup" aria-label={t('settings.language')}>
          {LANGUAGES.map((lang) => (
            <label key={lang} className={i18n.language === lang ? 'segmented__item segmented__item--on' : 'segmented__item'}>
              <input type="radio" name="lang" value={lang} checked={i18n.language === lang} onChange={() => void setLanguage(lang as Language)} />
              {t(`settings.lang.${lang}`)}
            </label>
          ))}
        </div>
      </section>
      <section className="card">
        <h2>{t('settings.demo')}</h2>
        <Field label={t('settings.simulator')} hint={t('settings.simulatorHint')} check>
          <input type="checkbox" checked={simulatorOn} onChange={(e) => void writeSetting(SIMULATOR_SETTING, e.target.checked, ctx())} data-testid="simulator-toggle" />
        </Field>
        <button className="btn btn--danger" disabled={!demo} onClick={() => void clearDemo()}>{t('settings.clearDemo')}</button>
        {message ? <p role="status">{message}</p> : null}
        {confirm.dialog}
      </section>
      <TeamSection agent={agent} />
      {access.canEdit ? null : <p className="settings__read-only pnotice" role="note" data-testid="settings-rules-read-only">{t('settings.rules.readOnly', { names: access.supervisors.join('、') })}</p>}
      {/* A disabled fieldset makes every control of the shop-rule sections read-only at once. */}
      <fieldset className="settings__rules" disabled={!access.canEdit} data-testid="settings-shop-rules">
        <ShopsSection agentId={agent.id} />
        <ShiftsSection agentId={agent.id} />
        <AutoReplySection agentId={agent.id} />
        <TiersSection agentId={agent.id} />
        <BargainSection agent={agent} />
      </fieldset>
      <PhrasesSection agent={agent} />
      <ExportFolderSection />
      <BackupSection agent={agent} />
      <NotificationsSection />
      <PresaleSettings agent={agent} />
      <AgentsSection agents={agents} current={agent} />
      <IngestSection />
      <OutboxSection />
    </div>
  );
}

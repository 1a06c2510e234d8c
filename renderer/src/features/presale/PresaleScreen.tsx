import { useCallback, useEffect, useMemo, useState } from 'react';
import { levelCounts, nextWaiting, orderQueue } from '@shared/domain/presale';
import type { Agent, Conversation } from '@shared/schemas/entities';
import { listAgents, listShops, waitingConversations, ensureStarterPhrases, preloadConversation, readMutedShops, setShopMuted, useSharedLive } from '../../data';
import { useTranslation } from '../../i18n';
import { Empty } from '../../ui/Empty';
import { useNow } from '../../ui/useNow';
import { useCommands } from '../../ui/commands';
import { useInteractiveMark } from '../../ui/useInteractiveMark';
import { QueueList } from './QueueList';
import { ChatPane } from './ChatPane';
import { PresenceSwitch } from './PresenceSwitch';
import { PhraseManager } from './PhraseManager';
import { queueCommands } from './commands';
import './presale.css';

/** Focus the reply box once the chat for the picked buyer is on screen. */
function focusReply(): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>('[data-testid="composer"]')?.focus()));
}

/** 接待: every waiting buyer across shops, longest wait first, and the chat with the chosen one. */
export function PresaleScreen({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  // Conversations only (shared with the alerts): buyers are read for the rows on screen.
  const all = useSharedLive(waitingConversations, null);
  const shops = useSharedLive(listShops, []);
  const agents = useSharedLive(listAgents, []);
  const muted = useSharedLive(readMutedShops, []);
  const now = useNow();
  const [shopId, setShopId] = useState('');
  const [stage, setStage] = useState<'' | 'presale' | 'aftersale'>('');
  const [selected, setSelected] = useState<string | null>(null);
  const [managing, setManaging] = useState(false);

  useEffect(() => { void ensureStarterPhrases({ agentId: agent.id, now: Date.now() }); }, [agent.id]);

  const rows = useMemo<Conversation[] | null>(() => {
    if (!all) return null;
    const entries = all.map((c) => ({ row: c, id: c.id, shopId: c.shopId, stage: c.stage, lastBuyerAt: c.lastBuyerAt, transferTo: c.transfer?.to ?? null }));
    return orderQueue(entries, { agentId: agent.id, shopId: shopId || null, stage: stage || null }).map((e) => e.row);
  }, [all, agent.id, shopId, stage]);

  const current = selected ?? rows?.[0]?.id ?? null;
  useInteractiveMark('console', rows !== null);
  const select = useCallback((id: string) => {
    performance.mark('conversation-pick');
    preloadConversation(id);
    setSelected(id);
  }, []);

  const goNext = useCallback(() => {
    if (!rows) return;
    const next = nextWaiting(rows, selected && rows.some((c) => c.id === selected) ? selected : null);
    if (!next) return;
    select(next.id);
    focusReply();
  }, [rows, selected, select]);
  // A buyer picked in the queue with Enter (↑↓ / J K to reach them): the agent goes on typing the reply.
  const pick = useCallback((id: string, keyboard: boolean) => {
    select(id);
    if (keyboard) focusReply();
  }, [select]);

  useCommands(queueCommands, { next: goNext });

  const counts = rows ? levelCounts(rows, now) : null;
  const isMuted = shopId !== '' && muted.includes(shopId);

  return (
    <div className="presale presale--wide">
      <aside className="queue" aria-label={t('presale.queue')}>
        <div className="queue__head">
          <span>{t('presale.queue')}</span>
          {counts && counts.over > 0 ? <span className="queue__over" title={t('presale.level.over')}>{t('presale.overCount', { count: counts.over })}</span> : null}
          <span className="queue__count" data-testid="waiting-count">{rows?.length ?? 0}</span>
        </div>
        <div className="queue__filters">
          <select aria-label={t('presale.filter.shop')} value={shopId} onChange={(e) => setShopId(e.target.value)} data-testid="filter-shop">
            <option value="">{t('presale.filter.allShops')}</option>
            {shops.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
          <select aria-label={t('presale.filter.stage')} value={stage} onChange={(e) => setStage(e.target.value as typeof stage)} data-testid="filter-stage">
            <option value="">{t('presale.filter.allStages')}</option>
            <option value="presale">{t('presale.stage.presale')}</option>
            <option value="aftersale">{t('presale.stage.aftersale')}</option>
          </select>
          {shopId ? (
            <button className="btn btn--small" aria-pressed={isMuted} onClick={() => void setShopMuted(shopId, !isMuted, { agentId: agent.id, now: Date.now() })} data-testid="mute-shop">
              {isMuted ? t('presale.unmute') : t('presale.mute')}
            </button>
          ) : null}
        </div>
        <div className="queue__tools">
          <PresenceSwitch />
          <button className="btn btn--small" onClick={goNext} title="Alt+N" data-testid="next-waiting">{t('presale.next')}</button>
          <button className="btn btn--small" onClick={() => setManaging((m) => !m)} aria-pressed={managing} data-testid="open-phrases">{t('presale.phrases.open')}</button>
        </div>
        {rows && rows.length === 0 ? <Empty title={t('presale.noneWaiting')} /> : null}
        {rows ? <QueueList rows={rows} shops={shops} now={now} current={current} onSelect={pick} agents={agents} /> : null}
      </aside>
      <section className="presale__chat">
        {managing ? <PhraseManager agent={agent} onClose={() => setManaging(false)} />
          : current ? <ChatPane key={current} conversationId={current} agent={agent} /> : <Empty title={t('presale.pickOne')} />}
      </section>
    </div>
  );
}

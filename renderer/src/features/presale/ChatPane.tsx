import { memo, useEffect, useMemo, useState } from 'react';
import type { Agent, Message } from '@shared/schemas/entities';
import type { NotBoughtReason } from '@shared/domain/reports';
import { deliveriesBySubject } from '@shared/domain/outbox';
import { SIZE_SLOT, sizeForChat } from '@shared/domain/products';
import { chatHead, chatHistory, deliveriesOf, listAgents, listProducts, useLive, latestOrderOf, resolveConversation, useSharedLive, useSharedLiveOf } from '../../data';
import { useTranslation } from '../../i18n';
import { Segmented } from '../../ui/Segmented';
import { useCommands } from '../../ui/commands';
import { PromiseOffer } from '../handover';
import { ConversationCaseActions } from '../aftersale';
import { BuyerPanel } from '../buyers';
import { KnowledgePanel } from '../knowledge';
import { Composer, type SlotSuggestion } from './Composer';
import { History } from './History';
import { TransferDialog } from './TransferDialog';
import { BargainDialog } from './BargainDialog';
import { BargainStrip } from './BargainStrip';
import { templateContext } from './templateContext';
import { useDrafts } from './draftStore';
import { chatCommands, OUTCOME_KEYS } from './commands';
import { OutcomeMenu } from './OutcomeMenu';
import './presale.css';

const SIDES = ['buyer', 'knowledge'] as const;

/**
 * One conversation: header actions, history, composer, and the buyer/knowledge side panel.
 * Memoised: the queue's one-second clock re-renders the queue beside it, not the chat.
 */
export const ChatPane = memo(function ChatPane({ conversationId, agent }: { conversationId: string; agent: Agent }) {
  const { t } = useTranslation();
  // Shared by key: started by the click that picked this chat, kept a while for switching back.
  const head = useSharedLiveOf(chatHead, conversationId, null);
  const history = useSharedLiveOf<Message[] | null>(chatHistory, conversationId, null);
  const messages = useMemo(() => history ?? [], [history]);
  // The history paints first; the side panels and the case buttons (each with reads of their
  // own) come a frame later, so a switch is not held up by what the agent looks at second.
  const [panels, setPanels] = useState(false);
  useEffect(() => {
    if (history === null || panels) return undefined;
    const id = requestAnimationFrame(() => setPanels(true));
    return () => cancelAnimationFrame(id);
  }, [history, panels]);
  const deliveryRows = useLive(() => deliveriesOf(conversationId), [conversationId], []);
  const deliveries = useMemo(() => deliveriesBySubject(deliveryRows), [deliveryRows]);
  const agents = useSharedLive(listAgents, []);
  const buyerId = head?.conversation.buyerId ?? '';
  const order = useLive(() => (buyerId ? latestOrderOf(buyerId) : Promise.resolve(null)), [buyerId], null);
  const [lastSent, setLastSent] = useState<Message | null>(null);
  const [transferring, setTransferring] = useState(false);
  const [bargaining, setBargaining] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [side, setSide] = useState<(typeof SIDES)[number]>('buyer');
  const insert = useDrafts((s) => s.insert);
  const c = head?.conversation;
  const transfer = c?.transfer ?? null;
  const nameOf = (id: string): string => agents.find((a) => a.id === id)?.name ?? id;
  // The buyer's latest words, newest first: the knowledge panel reads height and weight from them.
  const buyerTexts = useMemo(() => messages.filter((m) => m.from === 'buyer').slice(-6).reverse().map((m) => m.text), [messages]);
  // The 尺码 a phrase's slot gets at once: the buyer's height and weight against the size chart
  // of the product the chat is about (named in the chat, in the latest order, or the shop's default).
  const products = useLive(listProducts, [], []);
  const shopId = c?.shopId;
  const sizing = useMemo(
    () => (shopId ? sizeForChat({ buyerTextsNewestFirst: buyerTexts, products: products.filter((p) => p.shopId === shopId), orderItems: order?.items ?? [] }) : null),
    [buyerTexts, products, shopId, order],
  );
  const suggestion = useMemo<SlotSuggestion | null>(
    () => (sizing ? { slots: { [SIZE_SLOT]: sizing.size }, note: t('presale.slots.suggested', { size: sizing.size, height: sizing.measures.heightCm, weight: sizing.measures.weightKg, product: sizing.product.title }) } : null),
    [sizing, t],
  );

  const resolve = async (outcome?: { ordered: boolean; reason: NotBoughtReason | null }): Promise<void> => {
    if (!c || c.status === 'closed') return;
    await resolveConversation(conversationId, t('presale.resolvedNote', { name: agent.name }), { agentId: agent.id, now: Date.now() }, outcome);
    setNotice(outcome ? t('presale.outcome.done', { outcome: outcome.ordered ? t('presale.outcome.ordered') : t('presale.outcome.notBought', { reason: t(`presale.outcome.reason.${outcome.reason ?? 'other'}`) }) }) : t('presale.resolved'));
  };

  // Alt+R resolves, Ctrl+Alt+1…7 resolve with the outcome, Alt+T opens the transfer form (Alt, so the keys never type into the reply).
  const presale = c?.stage === 'presale';
  useCommands(chatCommands, { open: !!c && c.status !== 'closed', presale, resolve: () => void resolve(), resolveAs: (o) => void resolve(o), transfer: () => setTransferring(true) });

  return (
    <div className="chat-layout">
      <div className="chat">
        <div className="chat__head">
          <strong>{head?.buyer?.nick}</strong>
          <span className="muted">{head?.shop?.name}</span>
          {head?.buyer?.notes ? <span className="chat__memo" data-testid="chat-memo" title={head.buyer.notes}>{head.buyer.notes}</span> : null}
          {c ? <span className={`status status--${c.status}`} data-testid="conversation-status">{t(`conversation.${c.status}`)}</span> : null}
          {transfer ? <span className="badge badge--transfer" data-testid="transfer-badge">{t('presale.transfer.badge', { from: nameOf(transfer.from), to: nameOf(transfer.to), reason: transfer.reason })}</span> : null}
          <span className="chat__actions">
            {c && panels ? <ConversationCaseActions conversationId={conversationId} buyerId={c.buyerId} agent={agent} /> : null}
            <button className="btn btn--small" onClick={() => setBargaining(true)} disabled={!c} data-testid="bargain-open">{t('presale.bargain.open')}</button>
            <button className="btn btn--small" onClick={() => setTransferring(true)} disabled={!c || c.status === 'closed'} title="Alt+T">{t('presale.transfer.open')}</button>
            <button className="btn btn--small" onClick={() => void resolve()} disabled={!c || c.status === 'closed'} title="Alt+R">{t('presale.resolve')}</button>
            {presale ? <OutcomeMenu disabled={!c || c.status === 'closed'} keys={OUTCOME_KEYS} onPick={(o) => void resolve(o)} /> : null}
          </span>
        </div>
        {transferring ? (
          <TransferDialog conversationId={conversationId} agent={agent} onDone={(name) => { setTransferring(false); if (name) setNotice(t('presale.transfer.done', { name })); }} />
        ) : null}
        {bargaining ? (
          <BargainDialog conversationId={conversationId} agent={agent} priceFen={order?.totalFen ?? null} onDone={(sent) => { setBargaining(false); if (sent) setNotice(t('presale.bargain.sent')); }} />
        ) : null}
        <BargainStrip conversationId={conversationId} />
        {notice ? <div className="notice" role="status" data-testid="chat-notice">{notice}</div> : null}
        <History messages={messages} buyerNick={head?.buyer?.nick} agents={agents} conversationId={conversationId} deliveries={deliveries} />
        <Composer
          conversationId={conversationId}
          agent={agent}
          shopId={c?.shopId}
          context={templateContext({ buyer: head?.buyer, shop: head?.shop, agent, order: order ?? undefined })}
          suggestion={suggestion}
          onSent={(m) => { setLastSent(m); setNotice(null); }}
        />
        {lastSent && c ? <PromiseOffer message={lastSent} buyerId={c.buyerId} agent={agent} onDone={() => setLastSent(null)} /> : null}
      </div>
      <aside className="chat-side">
        <Segmented values={SIDES} value={side} onChange={setSide} label={t('presale.side.label')} labelOf={(v) => t(`presale.side.${v}`)} />
        {side === 'buyer' && buyerId && panels ? <BuyerPanel buyerId={buyerId} agent={agent} /> : null}
        {side === 'knowledge' && panels ? <KnowledgePanel shopId={c?.shopId} onInsert={(text) => insert(conversationId, text)} buyerTexts={buyerTexts} /> : null}
      </aside>
    </div>
  );
});

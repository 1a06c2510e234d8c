import type { Agent, Handover, HandoverItem } from '@shared/schemas/entities';
import { formatShanghaiShort } from '@shared/lib/time';
import { useLive, acknowledgeItem, claimItem, pendingHandovers, signInHandover, unacknowledged } from '../../data';
import { useTranslation } from '../../i18n';
import { ItemLine } from './ItemLine';

function ItemActions({ handover, item, agent, nameOf }: { handover: Handover; item: HandoverItem; agent: Agent; nameOf: (id: string | null) => string }) {
  const { t } = useTranslation();
  const ctx = (): { agentId: string; now: number } => ({ agentId: agent.id, now: Date.now() });
  return (
    <>
      {item.note ? <span className="hitem__note-text" data-testid="handover-item-note">{t('handover.in.noteBy', { name: nameOf(handover.fromAgentId), note: item.note })}</span> : null}
      {item.ackAt ? (
        <span className="badge" data-testid="handover-item-state">{item.claimedBy ? t('handover.in.claimedBy', { name: nameOf(item.claimedBy) }) : t('handover.in.ackBy', { name: nameOf(item.ackBy) })}</span>
      ) : (
        <>
          <button className="btn" onClick={() => void acknowledgeItem(handover.id, item.key, ctx())} data-testid="handover-ack">{t('handover.in.ack')}</button>
          <button className="btn btn--ghost" onClick={() => void claimItem(handover.id, item.key, ctx())} data-testid="handover-claim">{t('handover.in.claim')}</button>
        </>
      )}
    </>
  );
}

/** Handovers signed out by others and not yet taken over: read, acknowledge or claim, sign in. */
export function Incoming({ agent, nameOf }: { agent: Agent; nameOf: (id: string | null) => string }) {
  const { t } = useTranslation();
  const pending = useLive(() => pendingHandovers(agent.id, Date.now()), [agent.id], []);
  if (pending.length === 0) return null;
  return (
    <>
      {pending.map((h) => (
        <section key={h.id} className="shift-card shift-card--incoming" aria-label={t('handover.in.title')} data-testid="handover-incoming">
          <h2>{t('handover.in.title')}</h2>
          <p>{t('handover.in.from', { name: nameOf(h.fromAgentId), time: formatShanghaiShort(h.signedOutAt ?? h.createdAt), shift: t(`handover.shiftName.${h.shiftKey}`) })}</p>
          {h.notes ? <p className="handover-notes" data-testid="handover-notes">{h.notes}</p> : null}
          {[...new Set(h.items.map((i) => i.kind))].map((kind) => (
            <div key={kind} className="hsection">
              <h3>{t(`handover.section.${kind}`)}</h3>
              {h.items.filter((i) => i.kind === kind).map((i) => (
                <ItemLine key={i.key} item={i}>
                  <ItemActions handover={h} item={i} agent={agent} nameOf={nameOf} />
                </ItemLine>
              ))}
            </div>
          ))}
          <p className="muted">{t('handover.in.remaining', { count: h.items.filter((i) => !i.ackAt).length })}</p>
          <button className="btn btn--primary" onClick={() => void signInHandover(h.id, { agentId: agent.id, now: Date.now() })} data-testid="handover-sign-in">{t('handover.in.signIn')}</button>
        </section>
      ))}
    </>
  );
}

/** Items of handovers already taken over that nobody acknowledged: they stay here, with who left them. */
export function Unacknowledged({ agent, nameOf }: { agent: Agent; nameOf: (id: string | null) => string }) {
  const { t } = useTranslation();
  const rows = useLive(() => unacknowledged(Date.now()).then((r) => r.filter((x) => x.handover.signedInAt !== null)), [], []);
  if (rows.length === 0) return null;
  return (
    <section className="shift-card" aria-label={t('handover.unack.title')} data-testid="handover-unacknowledged">
      <h2>{t('handover.unack.title')} <span className="muted">{rows.length}</span></h2>
      {rows.slice(0, 200).map(({ handover, item }) => (
        <ItemLine key={`${handover.id}:${item.key}`} item={item}>
          <span className="muted" data-testid="handover-left-by">{t('handover.unack.leftBy', { name: nameOf(handover.fromAgentId), time: formatShanghaiShort(handover.signedOutAt ?? handover.createdAt) })}</span>
          <ItemActions handover={handover} item={item} agent={agent} nameOf={nameOf} />
        </ItemLine>
      ))}
      {rows.length > 200 ? <p className="muted">{t('handover.out.more', { count: rows.length - 200 })}</p> : null}
    </section>
  );
}

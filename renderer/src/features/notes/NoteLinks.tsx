import { useMemo, useState } from 'react';
import { parseNoteLinks } from '@shared/domain/notes';
import { findBuyersByNick, findOrdersByNoPrefix } from '../../data';
import { useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';

/** Only this much of a long note is shown with clickable links (the editor holds the rest). */
const PREVIEW_CHARS = 20_000;

/** The note's text with #订单号 and @买家 as buttons opening their tabs; everything is text, never HTML. */
export function NoteLinks({ body }: { body: string }) {
  const { t } = useTranslation();
  const open = useTabs((s) => s.open);
  const [problem, setProblem] = useState<string | null>(null);
  const segments = useMemo(() => parseNoteLinks(body.slice(0, PREVIEW_CHARS)), [body]);
  if (!segments.some((s) => s.kind !== 'text')) return null;

  const openOrder = async (orderNo: string): Promise<void> => {
    const order = (await findOrdersByNoPrefix(orderNo, 1)).find((o) => o.orderNo === orderNo);
    if (order) open({ entity: 'order', id: order.id }, order.orderNo);
    else setProblem(t('notes.noOrder', { no: orderNo }));
  };
  const openBuyer = async (nick: string): Promise<void> => {
    const buyer = (await findBuyersByNick(nick, 8)).find((b) => b.nick === nick);
    if (buyer) open({ entity: 'buyer', id: buyer.id }, buyer.nick);
    else setProblem(t('notes.noBuyer', { nick }));
  };

  return (
    <section className="note-links" aria-label={t('notes.linksLabel')} data-testid="note-links">
      <p className="note-links__text">
        {segments.map((s, i) =>
          s.kind === 'text' ? (
            <span key={i}>{s.text}</span>
          ) : (
            <button key={i} type="button" className="note-link" data-testid={`note-link-${s.kind}`} onClick={() => void (s.kind === 'order' ? openOrder(s.orderNo) : openBuyer(s.nick))}>
              {s.text}
            </button>
          ),
        )}
      </p>
      {problem ? <div className="error" role="alert">{problem}</div> : null}
    </section>
  );
}

import { useMemo, useState } from 'react';
import type { Handover } from '@shared/schemas/entities';
import { handoverMarkdown } from '@shared/domain/handover';
import { itemLabel } from './itemLabel';
import { formatShanghaiShort } from '@shared/lib/time';
import { useLive, recentHandovers } from '../../data';
import { invokeHost } from '../../host';
import { useErrorText, useTranslation } from '../../i18n';
import { ItemLine } from './ItemLine';

/** Past handovers, searchable by anything written in them; export as Markdown or print as PDF. */
export function History({ nameOf }: { nameOf: (id: string | null) => string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const all = useLive(() => recentHandovers(Date.now()).then((r) => r.filter((h) => h.signedOutAt !== null)), [], []);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return all;
    return all.filter((h) => [nameOf(h.fromAgentId), nameOf(h.toAgentId), h.notes, ...h.items.flatMap((i) => [i.label, i.detail, i.note, i.shopName])].join('\n').toLowerCase().includes(q));
  }, [all, query, nameOf]);

  const exportMd = async (h: Handover): Promise<void> => {
    const kinds = [...new Set(h.items.map((i) => i.kind))];
    const content = handoverMarkdown({
      title: t('handover.history.docTitle', { date: h.shiftDate, shift: t(`handover.shiftName.${h.shiftKey}`) }),
      fromName: nameOf(h.fromAgentId), toName: h.toAgentId ? nameOf(h.toAgentId) : null, signedOutAt: h.signedOutAt, signedInAt: h.signedInAt, notes: h.notes,
      labels: { from: t('handover.history.from'), to: t('handover.history.to'), notes: t('handover.out.freeNotes'), itemNote: t('handover.out.note') },
      sections: kinds.map((k) => ({
        title: t(`handover.section.${k}`),
        items: h.items.filter((i) => i.kind === k).map((i) => ({ ...i, label: itemLabel(t, i), state: i.claimedBy ? t('handover.history.claimed') : i.ackAt ? t('handover.history.acked') : t('handover.history.open') })),
      })),
    });
    try {
      await invokeHost('file:save', { suggestedName: `交接-${h.shiftDate}-${h.shiftKey}.md`, mime: 'text/markdown', content, base64: false });
      setProblem(null);
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  const print = (id: string): void => {
    setOpenId(id);
    // Print after the chosen handover is expanded; the print stylesheet shows only it.
    window.setTimeout(() => {
      document.body.classList.add('printing-handover');
      window.print();
      document.body.classList.remove('printing-handover');
    }, 50);
  };

  return (
    <section className="shift-card" aria-label={t('handover.history.title')} data-testid="handover-history">
      <h2>{t('handover.history.title')}</h2>
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('handover.history.search')} aria-label={t('handover.history.search')} data-testid="handover-history-search" />
      {problem ? <div className="error" role="alert">{problem}</div> : null}
      <ul className="history-list">
        {shown.slice(0, 100).map((h) => (
          <li key={h.id} className={openId === h.id ? 'history-entry history-entry--open' : 'history-entry'} data-testid="handover-history-entry">
            <button className="link" onClick={() => setOpenId(openId === h.id ? null : h.id)}>
              {h.shiftDate} {t(`handover.shiftName.${h.shiftKey}`)} · {nameOf(h.fromAgentId)} → {h.toAgentId ? nameOf(h.toAgentId) : t('handover.history.notTaken')} · {formatShanghaiShort(h.signedOutAt ?? h.createdAt)}
            </button>
            <button className="btn btn--ghost" onClick={() => void exportMd(h)} data-testid="handover-export-md">{t('handover.history.exportMd')}</button>
            <button className="btn btn--ghost" onClick={() => print(h.id)}>{t('handover.history.print')}</button>
            {openId === h.id ? (
              <div className="history-detail">
                {h.notes ? <p className="handover-notes">{h.notes}</p> : null}
                {h.items.map((i) => (
                  <ItemLine key={i.key} item={i}>
                    {i.note ? <span className="hitem__note-text">{i.note}</span> : null}
                    <span className="badge">{i.claimedBy ? t('handover.in.claimedBy', { name: nameOf(i.claimedBy) }) : i.ackAt ? t('handover.in.ackBy', { name: nameOf(i.ackBy) }) : t('handover.history.open')}</span>
                  </ItemLine>
                ))}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p className="muted">{t('handover.history.none')}</p> : null}
    </section>
  );
}

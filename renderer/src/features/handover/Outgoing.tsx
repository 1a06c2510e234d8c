import { useEffect, useId, useMemo, useState } from 'react';
import type { Agent, HandoverItem } from '@shared/schemas/entities';
import { compileHandover, draftFromRecord, freeItem, handoverContents, outgoingView, shiftBoundary, DEFAULT_SHIFTS } from '@shared/domain/handover';
import { MINUTE } from '@shared/lib/time';
import { newId } from '@shared/lib/ids';
import { useLive, handoverFacts, draftOf, saveDraft, signOutHandover, readShiftDefs } from '../../data';
import { useTranslation } from '../../i18n';
import { useSession } from '../../state/session';
import { useNow } from '../../ui/useNow';
import { Field } from '../../ui';
import { ItemLine } from './ItemLine';

/**
 * The outgoing agent's review: what is open now, compiled live from the store, with a note per
 * item, extra free items and free notes; notes are kept as a draft so a restart loses nothing.
 */
export function Outgoing({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const titleId = useId();
  const now = Math.floor(useNow(30_000) / MINUTE) * MINUTE;
  // The shift times a supervisor set in 设置 (the seed's day/night until then).
  const shifts = useLive(readShiftDefs, [], DEFAULT_SHIFTS);
  const boundary = useMemo(() => shiftBoundary(now, shifts), [now, shifts]);
  const facts = useLive(() => handoverFacts(now, boundary.next.endAt), [now, boundary.next.endAt], null);
  const sections = useMemo(() => (facts ? compileHandover(facts, { now, ...boundary }) : null), [facts, now, boundary]);
  const view = outgoingView(sections);
  const draft = useLive(() => draftOf(agent.id, now), [agent.id], null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [excluded, setExcluded] = useState<Record<string, boolean>>({});
  const [extra, setExtra] = useState<HandoverItem[]>([]);
  const [free, setFree] = useState('');
  const [newItem, setNewItem] = useState('');
  const [draftId, setDraftId] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const signOut = useSession((s) => s.signOut);

  useEffect(() => {
    if (loaded || draft === null) return;
    setLoaded(true);
    if (!draft) return;
    setDraftId(draft.id);
    const restored = draftFromRecord(draft);
    setFree(restored.free);
    setNotes(restored.notes);
    setExtra(restored.extra);
  }, [draft, loaded]);

  const input = () => handoverContents(sections ?? [], { notes, excluded, extra, free }, boundary.current);
  const persist = async (): Promise<void> => {
    // Until the compiled list is loaded a save would drop the notes written on its items.
    if (!facts) return;
    const saved = await saveDraft(draftId, input(), { agentId: agent.id, now: Date.now() });
    setDraftId(saved.id);
  };

  const addItem = (): void => {
    const item = freeItem(newId(), newItem);
    if (!item) return;
    setExtra((xs) => [...xs, item]);
    setNewItem('');
  };
  useEffect(() => {
    if (loaded) void persist();
  }, [extra]); // eslint-disable-line react-hooks/exhaustive-deps

  const doSignOut = async (): Promise<void> => {
    await signOutHandover(draftId, input(), { agentId: agent.id, now: Date.now() });
    signOut();
  };

  return (
    <section className="shift-card" aria-labelledby={titleId} data-testid="handover-outgoing">
      <h2 id={titleId}>{t('handover.out.title', { shift: t(`handover.shiftName.${boundary.current.key}`) })}</h2>
      <p className="muted">{t('handover.out.lead')}</p>
      <div className="free-items">
        {extra.map((i) => (
          <div key={i.key} className="hitem hitem--u1" data-testid="handover-free-item">
            <span className="hitem__urgency">{t('handover.section.note')}</span>
            <span className="hitem__label">{i.label}</span>
            <button className="btn btn--ghost" onClick={() => setExtra((xs) => xs.filter((x) => x.key !== i.key))}>{t('handover.out.remove')}</button>
          </div>
        ))}
        {/* One field: Enter adds the item (the form's own submit). */}
        <form className="row" onSubmit={(e) => { e.preventDefault(); addItem(); }}>
          <Field label={t('handover.out.newItem')} className="grow">
            <input value={newItem} onChange={(e) => setNewItem(e.target.value)} placeholder={t('handover.out.newItemHint')} maxLength={300} data-testid="handover-new-item" />
          </Field>
          <button type="submit" className="btn" data-testid="handover-add-item">{t('handover.out.add')}</button>
        </form>
      </div>
      {view.sections.map((s) => (
        <div key={s.kind} className="hsection">
          <h3>{t(`handover.section.${s.kind}`)} <span className="muted">{s.total}</span></h3>
          {s.items.map((i) => (
            <ItemLine key={i.key} item={i}>
              <label className="hitem__include">
                <input type="checkbox" checked={!excluded[i.key]} onChange={(e) => setExcluded((x) => ({ ...x, [i.key]: !e.target.checked }))} /> {t('handover.out.include')}
              </label>
              <input className="hitem__note" value={notes[i.key] ?? ''} placeholder={t('handover.out.noteHint')} aria-label={t('handover.out.note')} maxLength={2000} onChange={(e) => setNotes((n) => ({ ...n, [i.key]: e.target.value }))} onBlur={() => void persist()} />
            </ItemLine>
          ))}
          {s.more ? <p className="muted">{t('handover.out.more', { count: s.more })}</p> : null}
        </div>
      ))}
      {view.nothingOpen ? <p className="muted">{t('handover.out.nothingOpen')}</p> : null}
      <Field label={t('handover.out.freeNotes')} className="free-notes">
        <textarea value={free} onChange={(e) => setFree(e.target.value)} onBlur={() => void persist()} maxLength={5000} rows={3} data-testid="handover-free-notes" />
      </Field>
      <button className="btn btn--primary" onClick={() => void doSignOut()} data-testid="handover-sign-out">{t('handover.out.signOut')}</button>
    </section>
  );
}

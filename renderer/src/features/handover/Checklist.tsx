import { useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { checklistLabelKey, checklistRows, toggleChecklist, type ChecklistCounter } from '@shared/domain/handover';
import { shanghaiDate } from '@shared/lib/time';
import { useLive, checklistConfig, checklistCounts, checklistProgress, saveChecklistConfig, saveChecklistProgress } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors } from '../../i18n';
import { Field, FormProblems } from '../../ui';
import { useTabs } from '../../state/tabs';
import { useNow } from '../../ui/useNow';

/** Today's routine for this agent: each item with its live count; the count opens the tab. */
export function Checklist({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const date = shanghaiDate(now);
  const items = useLive(checklistConfig, [], []);
  const counts = useLive(() => checklistCounts(Date.now()), [Math.floor(now / 30_000)], {} as Partial<Record<ChecklistCounter, number>>);
  const progress = useLive(() => checklistProgress(agent.id, date), [agent.id, date], null);
  const open = useTabs((s) => s.open);
  const rows = checklistRows(items, counts, progress);
  const label = (s: string): string => {
    const key = checklistLabelKey(s);
    return key ? t(key) : s;
  };
  const toggle = (id: string): void => {
    if (!progress) return;
    void saveChecklistProgress(toggleChecklist(progress, id, Date.now()), { agentId: agent.id, now: Date.now() });
  };
  const done = rows.filter((r) => r.doneAt !== null).length;
  const [editing, setEditing] = useState(false);
  const [newLabel, setNewLabel] = useState('');
  const [newPhase, setNewPhase] = useState<'start' | 'midday' | 'end'>('end');
  const ctx = (): { agentId: string; now: number } => ({ agentId: agent.id, now: Date.now() });
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const addItem = async (): Promise<void> => {
    const label = newLabel.trim().slice(0, 100);
    if (!label) return setErrors({ byField: { label: t('problem.code.required') }, rest: [] });
    try {
      await saveChecklistConfig([...items, { id: `custom-${Date.now().toString(36)}`, label, phase: newPhase, counter: 'none', target: { tab: 'handover' } }], ctx());
    } catch (e) {
      return setErrors(fieldErrors(t, e, []));
    }
    setErrors(NO_ERRORS);
    setNewLabel('');
  };
  const removeItem = (id: string): void => void saveChecklistConfig(items.filter((i) => i.id !== id), ctx());
  return (
    <section className="shift-card" aria-label={t('handover.checklist.title')} data-testid="checklist">
      <h2>
        {t('handover.checklist.title')} <span className="muted">{done}/{rows.length}</span>
        <button className="btn btn--ghost" onClick={() => setEditing(!editing)} data-testid="checklist-edit">{editing ? t('handover.checklist.doneEditing') : t('handover.checklist.edit')}</button>
      </h2>
      {(['start', 'midday', 'end'] as const).map((phase) => (
        <div key={phase}>
          <h3>{t(`handover.checklist.phase.${phase}`)}</h3>
          <ul className="checklist">
            {rows.filter((r) => r.phase === phase).map((r) => (
              <li key={r.id} data-testid="checklist-item" data-done={r.doneAt !== null}>
                <label>
                  <input type="checkbox" checked={r.doneAt !== null} onChange={() => toggle(r.id)} /> {label(r.label)}
                </label>
                {r.count !== null ? (
                  <button className="count-pill" onClick={() => open(r.target)} data-testid={`checklist-count-${r.id}`} title={t('handover.checklist.open')}>{r.count}</button>
                ) : null}
                {editing ? <button className="btn btn--ghost" onClick={() => removeItem(r.id)} aria-label={t('handover.checklist.remove')}>✕</button> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {editing ? (
        <form className="checklist-add" onSubmit={(e) => { e.preventDefault(); void addItem(); }}>
          <Field label={t('handover.checklist.phaseLabel')}>
            <select value={newPhase} onChange={(e) => setNewPhase(e.target.value as 'start' | 'midday' | 'end')}>
              {(['start', 'midday', 'end'] as const).map((p) => <option key={p} value={p}>{t(`handover.checklist.phase.${p}`)}</option>)}
            </select>
          </Field>
          <Field label={t('handover.checklist.newHint')} error={errors.byField['label']} className="grow">
            <input value={newLabel} onChange={(e) => setNewLabel(e.target.value)} data-testid="checklist-new" />
          </Field>
          <button className="btn" type="submit">{t('handover.out.add')}</button>
          <FormProblems lines={errors.rest} />
        </form>
      ) : null}
    </section>
  );
}

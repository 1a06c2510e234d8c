import { useRef, useState } from 'react';
import { formatShanghaiShort } from '@shared/lib/time';
import { formatRemark, type CurrentRemark } from '@shared/domain/remarks';
import type { Remark } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';
import { useCommands } from '../../ui/commands';
import { remarkCommands } from './commands';

/**
 * One remark as it reads now. Its author may change it (the repository appends a new version,
 * the earlier texts stay listed under 修改记录) or retract it. The buttons are on every line on
 * purpose: for someone else's remark the refusal comes back with a message saying whose it is.
 */
export function RemarkLine({ item, mine, onEdit, onRetract, onRefused }: {
  item: CurrentRemark<Remark>;
  mine: boolean;
  onEdit: (r: Remark, text: string) => Promise<boolean>;
  onRetract: (r: Remark) => void;
  onRefused: (r: Remark) => void;
}) {
  const { t } = useTranslation();
  const r = item.remark;
  const [editing, setEditing] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    if (editing !== null && (await onEdit(r, editing))) setEditing(null);
  };
  const box = useRef<HTMLTextAreaElement>(null);
  // Ctrl+Enter in the box saves the change.
  useCommands(remarkCommands, { save: () => void save() }, box);
  return (
    <li data-testid="remark" data-author={r.agentName} data-edited={item.history.length > 0 ? 'yes' : 'no'}>
      {editing === null ? (
        <>
          <span className="remark__text">{formatRemark(r)}</span>{' '}
          {r.editedAt ? <span className="muted remark__edited">{t('orders.remark.edited', { at: formatShanghaiShort(r.editedAt) })}</span> : null}{' '}
          <button type="button" className={`link ${mine ? '' : 'remark__retract--other'}`} onClick={() => (mine ? setEditing(r.text) : onRefused(r))}>
            {t('orders.remark.edit')}
          </button>{' '}
          <button type="button" className={`link remark__retract ${mine ? '' : 'remark__retract--other'}`} onClick={() => onRetract(r)}>
            {t('orders.remark.retract')}
          </button>
        </>
      ) : (
        <div className="remark__editor">
          <textarea
            value={editing}
            rows={2}
            autoFocus
            aria-label={t('orders.remark.editLabel')}
            data-testid="remark-edit-input"
            onChange={(e) => setEditing(e.target.value)}
            ref={box}
            onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); setEditing(null); } }}
          />
          <button type="button" className="btn btn--primary" onClick={() => void save()} disabled={!editing.trim()} data-testid="remark-edit-save">{t('orders.remark.save')}</button>{' '}
          <button type="button" className="btn btn--ghost" onClick={() => setEditing(null)}>{t('orders.remark.cancel')}</button>
        </div>
      )}
      {item.history.length > 0 ? (
        <details className="remark__history" data-testid="remark-history">
          <summary>{t('orders.remark.history', { n: item.history.length })}</summary>
          <ol>
            {item.history.map((h) => (
              <li key={h.id}>
                <span className="muted">{formatShanghaiShort(h.editedAt ?? h.at)}</span> {h.text}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}

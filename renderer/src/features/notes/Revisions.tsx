import type { NoteRevision } from '@shared/schemas/entities';
import { formatShanghaiShort } from '@shared/lib/time';
import { revisionsOf, useLive } from '../../data';
import { useTranslation } from '../../i18n';

/** The note's history: each kept version with a button that puts it back. */
export function Revisions({ noteId, onRestore }: { noteId: string; onRestore: (r: NoteRevision) => void }) {
  const { t } = useTranslation();
  const revisions = useLive(() => revisionsOf(noteId), [noteId], []);
  return (
    <section className="note-revisions" aria-label={t('notes.history')}>
      <h3>{t('notes.history')}</h3>
      {revisions.length === 0 ? <p className="muted">{t('notes.noHistory')}</p> : null}
      <ol>
        {revisions.map((r) => (
          <li key={r.id} data-testid="note-revision">
            <time>{formatShanghaiShort(r.at)}</time>
            <span className="muted">{t(`notes.reason.${r.reason}`)}</span>
            <span className="note-revisions__preview">{r.body.slice(0, 60)}</span>
            <button type="button" className="btn btn--ghost" onClick={() => onRestore(r)}>{t('notes.restore')}</button>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { useRef, useState, type ClipboardEvent } from 'react';
import type { Note, NoteRevision } from '@shared/schemas/entities';
import { checkPaste } from '@shared/domain/notes';
import { formatShanghaiTime } from '@shared/lib/time';
import { deleteNote, restoreRevision } from '../../data';
import { useTranslation } from '../../i18n';
import { useCommands } from '../../ui/commands';
import { Field, useConfirm } from '../../ui';
import { useAutosave } from './useAutosave';
import { NoteLinks } from './NoteLinks';
import { Revisions } from './Revisions';
import { noteEditorCommands } from './commands';

const parseTags = (s: string): string[] => [...new Set(s.split(/[,，\s]+/).map((x) => x.trim()).filter(Boolean))].slice(0, 20);

/**
 * One note's editor. Mounted per note (and per restore) so its autosave state never mixes two
 * texts; unmounting commits whatever is on screen.
 */
export function NoteEditor({ note, agentId, onRestored }: { note: Note; agentId: string; onRestored: (restored: Note, undo: { undoId: string; at: number }) => void }) {
  const { t } = useTranslation();
  const { fields, change, commit, state, error, savedAt, commitMs, txMs } = useAutosave(note.id, { title: note.title, body: note.body, tags: note.tags, pinned: note.pinned }, agentId);
  const [tagText, setTagText] = useState(note.tags.join(' '));
  const [pasteProblem, setPasteProblem] = useState<string | null>(null);
  const confirm = useConfirm();

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>): void => {
    const text = e.clipboardData.getData('text/plain');
    const el = e.currentTarget;
    const check = checkPaste(el.value.length, el.selectionStart, el.selectionEnd, text);
    if (check.ok) return setPasteProblem(null);
    e.preventDefault();
    setPasteProblem(t('notes.pasteTooBig', { mb: check.approxMb, chars: check.pastedChars.toLocaleString(), max: check.max.toLocaleString() }));
  };

  const editor = useRef<HTMLDivElement>(null);
  useCommands(noteEditorCommands, { save: () => void commit() }, editor);

  const restore = async (r: NoteRevision): Promise<void> => {
    await commit();
    const { note: restored, undoId } = await restoreRevision(note.id, r.id, { agentId, now: Date.now() });
    onRestored(restored, { undoId, at: r.at });
  };

  const remove = async (): Promise<void> => {
    if (!(await confirm.ask({ title: t('notes.deleteTitle'), body: t('notes.confirmDelete'), confirmLabel: t('notes.delete'), cancelLabel: t('dialog.cancel'), danger: true }))) return;
    await commit();
    await deleteNote(note.id, { agentId, now: Date.now() });
  };

  return (
    <div className="note-editor" ref={editor} data-note-id={note.id}>
      <div className="note-editor__bar">
        <Field label={t('notes.title')} className="note-editor__titlefield">
          <input className="note-editor__title" value={fields.title} maxLength={200} placeholder={t('notes.titleHint')} onChange={(e) => change({ title: e.target.value })} onBlur={() => void commit()} data-testid="note-title" />
        </Field>
        <Field label={t('notes.pin')} check className="note-editor__pin">
          <input type="checkbox" checked={fields.pinned} onChange={(e) => change({ pinned: e.target.checked })} data-testid="note-pin" />
        </Field>
        <span className={`save-state save-state--${state}`} data-testid="note-status" data-state={state} data-commit-ms={commitMs ?? ''} data-tx-ms={txMs ?? ''} role="status">
          {state === 'saved' ? (savedAt ? t('notes.savedAt', { time: formatShanghaiTime(savedAt) }) : t('notes.saved')) : t(`notes.state.${state}`)}
        </span>
        <button type="button" className="btn btn--ghost" onClick={() => void remove()}>{t('notes.delete')}</button>
      </div>
      <Field label={t('notes.tags')} className="note-editor__tagsfield">
        <input className="note-editor__tags" value={tagText} placeholder={t('notes.tagsHint')} onChange={(e) => { setTagText(e.target.value); change({ tags: parseTags(e.target.value) }); }} onBlur={() => void commit()} data-testid="note-tags" />
      </Field>
      {/* A paste refused (too long) or a save that failed is about the text: it stands under it. */}
      <Field label={t('notes.body')} className="note-editor__bodyfield" error={pasteProblem ?? (error ? t('notes.saveFailed', { reason: error }) : null)} errorTestId={pasteProblem ? 'note-paste-problem' : undefined}>
        <textarea
          className="note-editor__body"
          value={fields.body}
          onChange={(e) => change({ body: e.target.value })}
          onBlur={() => void commit()}
          onPaste={onPaste}
          placeholder={t('notes.bodyHint')}
          data-testid="note-body"
        />
      </Field>
      <NoteLinks body={fields.body} />
      <Revisions noteId={note.id} onRestore={(r) => void restore(r)} />
      {confirm.dialog}
    </div>
  );
}

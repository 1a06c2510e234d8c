import { useState } from 'react';
import type { Note } from '@shared/schemas/entities';
import { useLive, createNote, notesOfSubject } from '../../data';
import { useTranslation } from '../../i18n';
import { useSession } from '../../state/session';
import { NoteEditor } from './NoteEditor';
import './notes.css';

/**
 * A buyer's or an order's note, with the same editor and guarantees as the memo book
 * (autosave, crash journal, history). Shared by the shop: whoever serves the buyer next sees it.
 * For the buyer and order tabs to embed: <SubjectNotes subjectId={buyer.id} />.
 */
export function SubjectNotes({ subjectId }: { subjectId: string }) {
  const { t } = useTranslation();
  const agentId = useSession((s) => s.agentId) ?? '';
  const notes = useLive(() => notesOfSubject(subjectId), [subjectId], null);
  const [generation, setGeneration] = useState(0);
  const [forced, setForced] = useState<Note | null>(null);
  const note = notes?.[0];
  if (notes === null) return null;
  if (!note) {
    return (
      <button className="btn" onClick={() => void createNote('shop', { agentId, now: Date.now() }, {}, subjectId)} data-testid="subject-note-add">
        {t('notes.addSubjectNote')}
      </button>
    );
  }
  return <NoteEditor key={`${note.id}:${generation}`} note={forced?.id === note.id ? forced : note} agentId={agentId} onRestored={(restored) => { setForced(restored); setGeneration((g) => g + 1); }} />;
}

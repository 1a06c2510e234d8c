import { useEffect, useMemo, useRef, useState } from 'react';
import type { Note } from '@shared/schemas/entities';
import { noteKeyCache, notesListView, type NoteListItem } from '@shared/domain/notes';
import { formatShanghaiShort } from '@shared/lib/time';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLive, createNote, getNote, listNotes, restoreRevision, subjectNotes, type NoteScope } from '../../data';
import { useTranslation } from '../../i18n';
import { useSession } from '../../state/session';
import { useFocusIntent } from '../../state/focusIntent';
import { useCommands } from '../../ui/commands';
import { NoteEditor } from './NoteEditor';
import { recoverFromJournal, useRecovery } from './recovery';
import { noteListCommands, notesCommands } from './commands';
import { moveFocus, rovingTabIndex } from '../../ui/roving';
import './notes.css';

/** 笔记: the agent's memo book and the shop's shared notes, searchable (pinyin initials too). */
export function NotesScreen() {
  const agentId = useSession((s) => s.agentId) ?? '';
  const { t } = useTranslation();
  const recovery = useRecovery();
  useEffect(() => void recoverFromJournal(), []);
  // Read the list only once recovery has written journaled text back: an editor opened on the
  // pre-crash copy would show (and then save over) the older text.
  const notes = useLive(() => (recovery.done ? listNotes(agentId) : Promise.resolve(null)), [agentId, recovery.done], null);
  // Buyer, order and case notes are not in the memo book list, but a search finds them too.
  const subjects = useLive(subjectNotes, [], []);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  // After a restore the editor reopens on the restored record itself, not on a live-query
  // result that may not have caught up yet.
  const [forced, setForced] = useState<Note | null>(null);
  const [undo, setUndo] = useState<{ undoId: string; at: number } | null>(null);
  // Search keys (with pinyin) are cached for as long as the screen is open.
  const keyOf = useMemo(() => noteKeyCache(), []);
  const list = useMemo(() => notesListView({ notes, subjects, query, selected, keyOf }), [notes, subjects, query, selected, keyOf]);

  const current = useLive(() => (selected ? getNote(selected) : Promise.resolve(undefined)), [selected], undefined);
  // Before the store has answered, keep the editor closed rather than open it on stale text.
  const { activeId } = list;
  useEffect(() => {
    if (!selected && notes?.[0]) setSelected(notes[0].id);
  }, [notes, selected]);

  const add = async (scope: NoteScope): Promise<void> => {
    const n = await createNote(scope, { agentId, now: Date.now() });
    setQuery('');
    setUndo(null);
    setForced(null);
    setSelected(n.id);
    // Whatever had the focus (the search box, a button), what the agent types next is the note.
    useFocusIntent.getState().request('notes', `[data-note-id="${CSS.escape(n.id)}"] [data-testid="note-body"]`);
  };

  const undoRestore = async (): Promise<void> => {
    if (!undo || !selected) return;
    const { note } = await restoreRevision(selected, undo.undoId, { agentId, now: Date.now() });
    setForced(note);
    setUndo(null);
    setGeneration((g) => g + 1);
  };

  const screen = useRef<HTMLDivElement>(null);
  useCommands(notesCommands, { newNote: () => void add('mine') }, screen);

  return (
    <div className="notes" ref={screen}>
      <aside className="notes__side">
        <input className="notes__search" type="search" value={query} placeholder={t('notes.searchHint')} aria-label={t('notes.search')} onChange={(e) => setQuery(e.target.value)} data-testid="notes-search" data-autofocus="" />
        <div className="notes__new">
          <button className="btn btn--primary" onClick={() => void add('mine')} data-testid="new-note">{t('notes.newMine')} <kbd>Alt N</kbd></button>
          <button className="btn" onClick={() => void add('shop')} data-testid="new-shop-note">{t('notes.newShop')}</button>
        </div>
        {/* The empty text where the list would start, not under an empty list's height. */}
        {list.empty ? <p className="muted notes__empty">{t(`notes.${list.empty}`)}</p> : null}
        <NoteList items={list.items} activeId={activeId} onPick={(id) => { setUndo(null); setForced(null); setSelected(id); }} />
      </aside>
      <section className="notes__main">
        {recovery.recovered.length > 0 ? (
          <div className="banner banner--info" role="status" data-testid="note-recovered">
            {t('notes.recovered', { titles: recovery.recovered.join('、') })}
            <button className="btn btn--ghost" onClick={recovery.dismiss}>{t('notes.dismiss')}</button>
          </div>
        ) : null}
        {undo ? (
          <div className="banner banner--info" role="status" data-testid="note-restored">
            {t('notes.restored', { time: formatShanghaiShort(undo.at) })}
            <button className="btn" onClick={() => void undoRestore()} data-testid="undo-restore">{t('notes.undoRestore')}</button>
          </div>
        ) : null}
        {/* Only the chosen note's editor: while a new choice is still being read, the previous
            note stays off screen so nothing typed meanwhile lands in the wrong note. */}
        {current && current.id === activeId && recovery.done ? (
          <NoteEditor
            key={`${current.id}:${generation}`}
            note={forced?.id === current.id ? forced : current}
            agentId={agentId}
            onRestored={(restored, u) => { setForced(restored); setUndo(u); setGeneration((g) => g + 1); }}
          />
        ) : (
          <p className="muted">{t('notes.pick')}</p>
        )}
      </section>
    </div>
  );
}

function NoteList({ items, activeId, onPick }: { items: NoteListItem[]; activeId: string | null; onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const parent = useRef<HTMLUListElement>(null);
  const rows = useVirtualizer({ count: items.length, getScrollElement: () => parent.current, estimateSize: () => 58, overscan: 8 });
  // ↑↓ / J K / Home End along the notes while the focus is in the list; Enter opens the one focused.
  useCommands(noteListCommands, {
    move: (to) => {
      if (to === 'first' || to === 'last') rows.scrollToIndex(to === 'first' ? 0 : items.length - 1);
      requestAnimationFrame(() => moveFocus(parent.current, '[data-testid="note-item"]', to));
    },
  }, parent);
  return (
    <ul className="notes__list" ref={parent} aria-label={t('notes.list')}>
      <li style={{ height: rows.getTotalSize(), position: 'relative', listStyle: 'none' }}>
        {rows.getVirtualItems().map((v) => {
          const n = items[v.index]!;
          return (
            <button
              key={n.id}
              className={`note-item${n.id === activeId ? ' note-item--active' : ''}`}
              style={{ position: 'absolute', top: v.start, left: 0, right: 0, height: v.size }}
              onClick={() => onPick(n.id)}
              tabIndex={rovingTabIndex(n.id === activeId || (activeId === null && v.index === 0))}
              data-testid="note-item"
            >
              <span className="note-item__title">
                {n.pinned ? <span aria-label={t('notes.pinned')}>📌 </span> : null}
                {n.title ?? t('notes.untitled')}
              </span>
              <span className="note-item__meta">
                {n.owner.kind === 'subject' ? t(`notes.about.${n.owner.subject.kind}`, { label: n.owner.subject.label }) : t(`notes.${n.owner.kind}`)} · {formatShanghaiShort(n.updatedAt)}
                {n.tags.length ? ` · ${n.tags.join(' ')}` : ''}
              </span>
            </button>
          );
        })}
      </li>
    </ul>
  );
}

import { create } from 'zustand';
import { noteJournalVerdict } from '@shared/domain/notes';
import { getNote, recoverNote } from '../../data';
import { dropJournal, readJournals } from './noteJournal';

interface RecoveryState {
  /** Titles (or first words) of notes restored from the crash journal at this start. */
  recovered: string[];
  done: boolean;
  dismiss(): void;
}

export const useRecovery = create<RecoveryState>()((set) => ({ recovered: [], done: false, dismiss: () => set({ recovered: [] }) }));

let running: Promise<void> | null = null;

/**
 * Runs once per start, before any editor opens: journal entries holding text the store never
 * received are written back (signed by the agent who typed them) and announced.
 */
export function recoverFromJournal(): Promise<void> {
  running ??= (async () => {
    const recovered: string[] = [];
    for (const entry of await readJournals()) {
      const stored = (await getNote(entry.noteId)) ?? null;
      if (noteJournalVerdict(entry, stored) === 'restore') {
        await recoverNote(entry.noteId, { title: entry.title, body: entry.body }, { agentId: entry.agentId, now: Date.now() });
        recovered.push(entry.title || entry.body.slice(0, 20));
      }
      dropJournal(entry.noteId);
    }
    useRecovery.setState({ recovered, done: true });
  })();
  return running;
}

import { NOTE_JOURNAL_MAX_ENTRIES, NoteJournalEntry, NoteJournalNoteId } from '@shared/host/contract';

/**
 * The crash journal on disk, for the Electron host: one small JSON file per note being edited
 * under <userData>/journal. Writes are synchronous and atomic (temp file, then rename over the
 * old one), so a kill of the renderer or of the whole app leaves either the previous entry or the
 * new one — never half a file. The page's localStorage is not used: a SIGKILL of the browser
 * process can lose what it had not flushed yet, while a finished write(2) survives the process.
 */

/** The few fs calls used, synchronous on purpose (the write must be done when the IPC returns). */
export interface NoteJournalFs {
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  writeFileSync(path: string, data: string): void;
  renameSync(from: string, to: string): void;
  readFileSync(path: string, encoding: 'utf8'): string;
  readdirSync(dir: string): string[];
  rmSync(path: string, options: { force: true }): void;
}

export interface NoteJournalStoreDeps {
  fs: NoteJournalFs;
  /** <userData>/journal */
  dir: string;
  joinPath(dir: string, name: string): string;
  warn(message: string): void;
}

export interface NoteJournalStore {
  write(entry: NoteJournalEntry): void;
  read(): NoteJournalEntry[];
  clear(noteId: string, match: { title: string; body: string } | null): void;
}

const FILE = /^([A-Za-z0-9_-]{1,64})\.json$/;

export function createNoteJournalStore({ fs, dir, joinPath, warn }: NoteJournalStoreDeps): NoteJournalStore {
  let made = false;
  const ensureDir = (): void => {
    if (made) return;
    fs.mkdirSync(dir, { recursive: true });
    made = true;
  };
  // Checked again here (the contract already did): the id becomes a path.
  const fileOf = (noteId: string): string => {
    if (!NoteJournalNoteId.safeParse(noteId).success) throw new Error(`noteId: not a journal id: ${noteId.slice(0, 80)}`);
    return joinPath(dir, `${noteId}.json`);
  };
  const load = (path: string): NoteJournalEntry | null => {
    try {
      const parsed = NoteJournalEntry.safeParse(JSON.parse(fs.readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null; // missing, torn by an older version, or not JSON: never trusted
    }
  };

  return {
    write(entry) {
      const target = fileOf(entry.noteId);
      ensureDir();
      const temp = `${target}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(entry));
      fs.renameSync(temp, target);
    },

    read() {
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch {
        return []; // no journal folder yet: nothing was ever journaled
      }
      const entries: NoteJournalEntry[] = [];
      for (const name of names) {
        const path = joinPath(dir, name);
        const m = FILE.exec(name);
        // Leftover temp files are writes a kill interrupted; the previous entry (if any) stands.
        if (!m) {
          if (name.endsWith('.json.tmp')) fs.rmSync(path, { force: true });
          continue;
        }
        const entry = load(path);
        if (entry && entry.noteId === m[1]) entries.push(entry);
        else {
          warn(`noteJournal: dropped unreadable ${name}`);
          fs.rmSync(path, { force: true });
        }
      }
      // Newest first, capped: the contract answer must stay small.
      return entries.sort((a, b) => b.at - a.at).slice(0, NOTE_JOURNAL_MAX_ENTRIES);
    },

    clear(noteId, match) {
      const path = fileOf(noteId);
      if (match) {
        const entry = load(path);
        if (entry && (entry.body !== match.body || entry.title !== match.title)) return;
      }
      fs.rmSync(path, { force: true });
    },
  };
}

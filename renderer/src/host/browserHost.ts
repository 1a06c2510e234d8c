import type { HostApi } from '@shared/host/api';
import type { EventChannel, EventPayload, JournalEntry } from '@shared/host/contract';
import { parseInvokeInput, parseSendPayload } from '@shared/host/validate';
import { err, ok, type Result } from '@shared/lib/result';
import type { TraySummary } from '@shared/schemas/tray';
import { drawBadgeFavicon } from './favicon';
import { chooseFile, createPieceDownloads, downloadFile, pickFile } from './files';
import { ingestAck, ingestInvoke, pollIngest } from './ingestBridge';
import { createLocalJournal } from './localJournal';
import { createOpfsBackups, readFilePiece } from './opfsBackups';
import { syncInvoke, watchSync } from './syncBridge';

type Listener = (payload: unknown) => void;

/**
 * The same HostApi as Electron's preload, mapped onto what a browser tab can do: the tray
 * becomes the document title count and a favicon badge, notifications use the Web
 * Notification API, files are downloads and uploads. Used by e2e tests and by `npm start`
 * where no Electron binary exists.
 */
export function createBrowserHost(win: Window = window): HostApi {
  const listeners = new Map<EventChannel, Set<Listener>>();
  const shown = new Map<string, { timer: number | null; note: Notification | null }>();
  const baseTitle = win.document.title || '小二工作台';
  const journal = createLocalJournal(win.localStorage);
  const backups = createOpfsBackups(win.navigator.storage);
  let stopIngestPoll: (() => void) | null = null;
  let stopSyncWatch: (() => void) | null = null;
  /** Files picked to be read in pieces, by handle (kept for the page's life: a File is only a reference). */
  const picked = new Map<string, File>();
  /** Files saved in pieces become one download on commit (there is no save dialog in a tab). */
  const saves = createPieceDownloads(win.document, () => win.crypto.randomUUID());

  const emit = <C extends EventChannel>(channel: C, payload: EventPayload<C>): void => {
    listeners.get(channel)?.forEach((l) => l(payload));
  };

  const applyTray = (s: TraySummary): void => {
    const attention = s.unanswered + s.dueReminders + s.dueFollowUps + s.overdueCases;
    win.document.title = s.unanswered > 0 ? `(${s.unanswered}) ${baseTitle}` : baseTitle;
    win.document.documentElement.dataset.trayUnanswered = String(s.unanswered);
    win.document.documentElement.dataset.trayAttention = String(attention);
    win.document.documentElement.dataset.trayOverdueCases = String(s.overdueCases);
    win.document.documentElement.dataset.trayFollowUps = String(s.dueFollowUps);
    drawBadgeFavicon(win.document, s.unanswered);
  };

  const showNotification = (p: { key: string; title: string; body: string; target: EventPayload<'console:navigate'> }): Notification | null => {
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return null;
    const n = new Notification(p.title, { body: p.body, tag: p.key });
    n.onclick = () => {
      win.focus();
      emit('console:navigate', p.target);
      n.close();
    };
    return n;
  };

  /** Backup calls answer with the host's own error text (quota full, no OPFS) instead of throwing. */
  type BackupChannel = 'backup:begin' | 'backup:append' | 'backup:commit' | 'backup:abort' | 'backup:list' | 'backup:size' | 'backup:read-chunk';
  const backupCall = async (channel: BackupChannel, input: unknown): Promise<Result<never>> => {
    try {
      if (channel === 'backup:list') return ok(await backups.list()) as Result<never>;
      const p = input as { name: string; chunk: string; offset: number; length: number };
      if (channel === 'backup:size') return ok({ sizeBytes: await backups.size(p.name) }) as Result<never>;
      if (channel === 'backup:read-chunk') return ok(await backups.readChunk(p.name, p.offset, p.length)) as Result<never>;
      if (channel === 'backup:begin') await backups.begin(p.name);
      else if (channel === 'backup:append') await backups.append(p.name, p.chunk);
      else if (channel === 'backup:abort') await backups.abort(p.name);
      else return ok(await backups.commit(p.name)) as Result<never>;
      return ok({ name: p.name }) as Result<never>;
    } catch (e) {
      return err(`${channel}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return {
    kind: 'browser',
    async invoke(channel, input) {
      const parsed = parseInvokeInput(channel, input);
      if (!parsed.ok) return parsed;
      switch (channel) {
        case 'app:info':
          return ok({ host: 'browser', version: __APP_VERSION__, platform: win.navigator.platform || 'web' }) as Result<never>;
        case 'file:save': {
          const p = input as { suggestedName: string; mime: string; content: string; base64: boolean };
          downloadFile(win.document, p);
          return ok({ saved: true, path: null }) as Result<never>;
        }
        case 'file:open': {
          const p = input as { extensions: string[] };
          return ok(await pickFile(win.document, p.extensions)) as Result<never>;
        }
        case 'file:pick': {
          const file = await chooseFile(win.document, (input as { extensions: string[] }).extensions);
          if (!file) return ok(null) as Result<never>;
          const handle = win.crypto.randomUUID();
          picked.set(handle, file);
          return ok({ handle, name: file.name, sizeBytes: file.size }) as Result<never>;
        }
        case 'file:read-chunk': {
          const p = input as { handle: string; offset: number; length: number };
          const file = picked.get(p.handle);
          if (!file) return err('file:read-chunk: that file is no longer open; pick it again');
          return ok(await readFilePiece(file, p.offset, p.length)) as Result<never>;
        }
        case 'file:save-begin': {
          const p = input as { suggestedName: string; mime: string };
          return ok({ handle: saves.begin(p.suggestedName, p.mime) }) as Result<never>;
        }
        case 'file:save-append':
        case 'file:save-commit':
        case 'file:save-abort': {
          const p = input as { handle: string; chunk: string };
          try {
            if (channel === 'file:save-append') saves.append(p.handle, p.chunk);
            else if (channel === 'file:save-abort') saves.abort(p.handle);
            else return ok({ sizeBytes: saves.commit(p.handle) }) as Result<never>;
            return ok({ handle: p.handle }) as Result<never>;
          } catch (e) {
            return err(`${channel}: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
        case 'shell:open-external': {
          const { url } = input as { url: string };
          if (!url.startsWith('https://')) return err('url: only https links open outside the app');
          win.open(url, '_blank', 'noopener,noreferrer');
          return ok({ opened: true }) as Result<never>;
        }
        case 'journal:read':
          return ok({ entries: journal.read() }) as Result<never>;
        case 'backup:begin':
        case 'backup:append':
        case 'backup:commit':
        case 'backup:abort':
        case 'backup:list':
        case 'backup:size':
        case 'backup:read-chunk':
          return backupCall(channel, parsed.value);
        case 'ingest:info':
        case 'ingest:pull':
        case 'ingest:regenerate-token':
          return (await ingestInvoke(win, channel, parsed.value)) as Result<never>;
        case 'sync:status':
        case 'sync:join':
        case 'sync:leave':
        case 'sync:push':
        case 'sync:pull':
          return (await syncInvoke(win, channel, parsed.value)) as Result<never>;
        default:
          return err(`unknown channel ${String(channel)}`);
      }
    },
    send(channel, payload) {
      const parsed = parseSendPayload(channel, payload);
      if (!parsed.ok) throw new Error(`host.send(${channel}): ${parsed.error}`);
      switch (channel) {
        case 'tray:summary':
          applyTray(parsed.value as TraySummary);
          return;
        case 'notify:show': {
          const p = parsed.value as { key: string; title: string; body: string; target: EventPayload<'console:navigate'>; repeatEveryMs: number | null };
          if (shown.has(p.key)) return;
          const entry = { timer: null as number | null, note: showNotification(p) };
          if (p.repeatEveryMs) entry.timer = win.setInterval(() => { entry.note?.close(); entry.note = showNotification(p); }, p.repeatEveryMs);
          shown.set(p.key, entry);
          return;
        }
        case 'notify:ack': {
          const { key } = parsed.value as { key: string };
          const entry = shown.get(key);
          if (entry?.timer) win.clearInterval(entry.timer);
          entry?.note?.close();
          shown.delete(key);
          return;
        }
        case 'window:attention':
          win.focus();
          return;
        case 'journal:write':
          journal.write(parsed.value as JournalEntry);
          return;
        case 'journal:clear': {
          const { noteId, match } = parsed.value as { noteId: string; match: { title: string; body: string } | null };
          journal.clear(noteId, match);
          return;
        }
        case 'ingest:ack':
          ingestAck(win, parsed.value as { journalId: string; upToSeq: number });
          return;
      }
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(channel, set);
      // No push channel from serve-web: poll it while the renderer listens for ingest events.
      if (channel === 'ingest:available') stopIngestPoll ??= pollIngest(win, () => emit('ingest:available', {}));
      if (channel === 'sync:poke') stopSyncWatch ??= watchSync(win, (poke) => emit('sync:poke', poke));
      return () => {
        set.delete(listener as Listener);
        if (channel === 'ingest:available' && set.size === 0) {
          stopIngestPoll?.();
          stopIngestPoll = null;
        }
        if (channel === 'sync:poke' && set.size === 0) {
          stopSyncWatch?.();
          stopSyncWatch = null;
        }
      };
    },
  };
}

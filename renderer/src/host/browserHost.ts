import type { HostApi } from '@shared/host/api';
import type { EventChannel, EventPayload } from '@shared/host/contract';
import { createHostDispatch, type SendListeners } from '@shared/host/dispatch';
import type { Result } from '@shared/lib/result';
import { createBrowserHandlers } from './browserHandlers';
import { ingestAck, pollIngest } from './ingestBridge';
import { createLocalNoteJournal } from './localNoteJournal';
import { outboxSends } from './outboxBridge';
import { watchSync } from './syncBridge';
import { createTrayBadge } from './trayBadge';
import { createWebNotifications } from './webNotifications';

type Listener = (payload: unknown) => void;

/**
 * The same HostApi as Electron's preload, mapped onto what a browser tab can do: the tray
 * becomes the document title count and a favicon badge, notifications use the Web
 * Notification API, files are downloads and uploads. Used by e2e tests and by `npm start`
 * where no Electron binary exists. The checks and the behaviours (dispatch, notification
 * scheduler, backup calls) are the shared modules Electron main runs; only the adapters differ.
 */
export function createBrowserHost(win: Window = window): HostApi {
  const listeners = new Map<EventChannel, Set<Listener>>();
  const emit = <C extends EventChannel>(channel: C, payload: EventPayload<C>): void => {
    listeners.get(channel)?.forEach((l) => l(payload));
  };
  const noteJournal = createLocalNoteJournal(win.localStorage);
  const notifications = createWebNotifications(win, (target) => emit('console:navigate', target));
  const send: SendListeners = {
    'tray:summary': createTrayBadge(win.document),
    'notify:show': (request) => notifications.show(request),
    'notify:ack': ({ key }) => notifications.ack(key),
    'window:attention': () => win.focus(),
    'noteJournal:write': (entry) => noteJournal.write(entry),
    'noteJournal:clear': ({ noteId, match }) => noteJournal.clear(noteId, match),
    'ingest:ack': (payload) => ingestAck(win, payload),
    ...outboxSends(win),
  };
  const dispatch = createHostDispatch({ invoke: createBrowserHandlers(win, noteJournal), send });
  let stopIngestPoll: (() => void) | null = null;
  let stopSyncWatch: (() => void) | null = null;

  return {
    kind: 'browser',
    // The contract's generic signature holds at run time: the dispatch parses input and answer.
    invoke: (channel, input) => dispatch.invoke(channel, input) as Promise<Result<never>>,
    send(channel, payload) {
      // A send has no answer to carry an error, so a bad one is a programming error: fail loudly
      // (as the Electron preload does).
      const sent = dispatch.send(channel, payload);
      if (!sent.ok) throw new TypeError(`host.send: ${sent.error}`);
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(channel, set);
      // No push channel from serve-web: poll it while the renderer listens for ingest events.
      if (channel === 'ingest:available') {
        const info = () => dispatch.invoke('ingest:info', {}) as Promise<Result<{ pending: number }>>;
        stopIngestPoll ??= pollIngest(win, info, () => emit('ingest:available', {}));
      }
      // The shop server's poke arrives as server-sent events from serve-web while someone listens.
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

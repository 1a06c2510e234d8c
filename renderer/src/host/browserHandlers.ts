import { backupHandlers } from '@shared/host/backupFiles';
import { createStoreKeyProvider, storeKeyHandlers } from '@shared/host/storeKey';
import type { InvokeHandlers } from '@shared/host/dispatch';
import { appVersion } from './appVersion';
import { chooseFile, createPieceDownloads, downloadFile, pickFile } from './files';
import { ingestHandlers } from './ingestBridge';
import { outboxHandlers } from './outboxBridge';
import type { createLocalNoteJournal } from './localNoteJournal';
import { createOpfsBackups, readFilePiece } from './opfsBackups';
import { syncHandlers } from './syncBridge';
import { shopHostHandlers } from './shopHostBridge';
import { watchHandlers } from './watchBridge';
import { createWebKeyVault } from './webKeyVault';

/**
 * The browser host's answers to invoke calls: the same handler table shape Electron main fills
 * (electron/main/index.ts), so a channel left out is a compile error, and the same shared
 * dispatch checks inputs and answers around it. Failures throw with the host's own wording.
 */
export function createBrowserHandlers(win: Window, noteJournal: ReturnType<typeof createLocalNoteJournal>): InvokeHandlers {
  /** Files picked to be read in pieces, by handle (kept for the page's life: a File is only a reference). */
  const picked = new Map<string, File>();
  /** Files saved in pieces become one download on commit (there is no save dialog in a tab). */
  const saves = createPieceDownloads(win.document, () => win.crypto.randomUUID());
  return {
    'app:info': () => ({ host: 'browser', version: appVersion(), platform: win.navigator.platform || 'web' }),
    'file:save': (input) => {
      downloadFile(win.document, input);
      return { saved: true, path: null };
    },
    'file:open': ({ extensions }) => pickFile(win.document, extensions),
    'file:pick': async ({ extensions }) => {
      const file = await chooseFile(win.document, extensions);
      if (!file) return null;
      const handle = win.crypto.randomUUID();
      picked.set(handle, file);
      return { handle, name: file.name, sizeBytes: file.size };
    },
    'file:read-chunk': ({ handle, offset, length }) => {
      const file = picked.get(handle);
      if (!file) throw new Error('that file is no longer open; pick it again');
      return readFilePiece(file, offset, length);
    },
    'file:save-begin': ({ suggestedName, mime }) => ({ handle: saves.begin(suggestedName, mime) }),
    'file:save-append': ({ handle, chunk }) => (saves.append(handle, chunk), { handle }),
    'file:save-commit': ({ handle }) => ({ sizeBytes: saves.commit(handle) }),
    'file:save-abort': ({ handle }) => (saves.abort(handle), { handle }),
    'shell:open-external': ({ url }) => {
      // A buyer's message can hold any link: only https leaves the app, never file: or javascript:.
      if (!url.startsWith('https://')) return { opened: false };
      win.open(url, '_blank', 'noopener,noreferrer');
      return { opened: true };
    },
    'noteJournal:read': () => ({ entries: noteJournal.read() }),
    ...storeKeyHandlers(createStoreKeyProvider(createWebKeyVault(win.indexedDB, win.crypto.subtle, (n) => win.crypto.getRandomValues(new Uint8Array(n))), (n) => win.crypto.getRandomValues(new Uint8Array(n)))),
    ...backupHandlers(createOpfsBackups(win.navigator.storage)),
    ...ingestHandlers(win),
    ...syncHandlers(win),
    ...outboxHandlers(win),
    ...shopHostHandlers(win),
    ...watchHandlers(win),
  };
}

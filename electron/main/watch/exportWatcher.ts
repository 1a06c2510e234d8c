import { randomUUID } from 'node:crypto';
import type { FoundExport, WatchProblem, WatchStatus } from '@shared/schemas/watchHost';

/** What the watcher needs of the file system (node:fs/promises in both hosts; tests use a real temp dir). */
export interface WatchFs {
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean; isDirectory(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

export interface ExportWatcherOptions {
  fs: WatchFs;
  /** Where the chosen folder is remembered (userData/watch under Electron). */
  dir: string;
  joinPath(...parts: string[]): string;
  now?: () => number;
  /** How often the folder is looked at; 0: only when `tick` is called (tests). */
  pollMs?: number;
  /** A file is announced once its size and time have not changed for this long (a download still being written grows). */
  stableMs?: number;
  /** Export files the import can read. */
  extensions?: readonly string[];
  warn?: (message: string) => void;
}

export interface ExportWatcher {
  /** Reads the remembered folder and starts watching it. */
  start(): Promise<WatchStatus>;
  status(): WatchStatus;
  setFolder(folder: string | null): Promise<WatchStatus>;
  /** The bytes of a found file, or null when it is gone (moved, deleted). */
  read(id: string): Promise<{ name: string; base64: string } | null>;
  dismiss(id: string): WatchStatus;
  /** One look at the folder (the poll timer calls it; tests call it directly). */
  tick(): Promise<void>;
  close(): void;
}

const MAX_FOUND = 50;
const CONFIG = 'watch.json';

interface Seen {
  size: number;
  mtimeMs: number;
  /** Since when size and time are what they are. */
  since: number;
}

/**
 * The watched export folder: the platform's exports are downloaded there, and each new export
 * file (CSV), once it has stopped growing, is announced once — a partial download (still
 * growing, or under the browser's .crdownload / .part name until it is renamed) is not, and
 * the files already there when watching starts are not new. The same file (name, size, time)
 * is never announced twice, even after it was dismissed. Polling, not fs.watch: it behaves the
 * same on every OS and on network drives, and a look every few seconds costs nothing.
 * Plain Node: Electron main and the browser host's serve-web run this same module.
 */
export function createExportWatcher(options: ExportWatcherOptions): ExportWatcher {
  const { fs, joinPath } = options;
  const now = options.now ?? (() => Date.now());
  const stableMs = options.stableMs ?? 2000;
  const extensions = options.extensions ?? ['csv'];
  const warn = options.warn ?? (() => undefined);
  let folder: string | null = null;
  let problem: WatchProblem | null = null;
  let found: (FoundExport & { path: string })[] = [];
  let seen = new Map<string, Seen>();
  /** name|size|mtime of every file announced (or there at the start): never announced again. */
  let known = new Set<string>();
  let baseline = true;
  let timer: ReturnType<typeof setInterval> | null = null;
  let busy: Promise<void> | null = null;

  const status = (): WatchStatus => ({ folder, problem, found: found.map(({ path: _path, ...f }) => f) });
  const wanted = (name: string): boolean => extensions.some((ext) => name.toLowerCase().endsWith(`.${ext}`)) && !name.startsWith('.') && !name.startsWith('~$');
  const keyOf = (name: string, s: { size: number; mtimeMs: number }): string => `${name}|${s.size}|${Math.round(s.mtimeMs)}`;

  async function look(): Promise<void> {
    if (folder === null) return;
    try {
      const info = await fs.stat(folder);
      if (!info.isDirectory()) {
        problem = 'watchFolderNotDir';
        return;
      }
    } catch (e) {
      problem = (e as { code?: string }).code === 'ENOENT' ? 'watchFolderMissing' : 'watchFolderUnreadable';
      return;
    }
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch {
      problem = 'watchFolderUnreadable';
      return;
    }
    problem = null;
    const t = now();
    const next = new Map<string, Seen>();
    for (const name of names.filter(wanted)) {
      const path = joinPath(folder, name);
      let s: Awaited<ReturnType<WatchFs['stat']>>;
      try {
        s = await fs.stat(path);
      } catch {
        continue; // gone between the listing and the look (renamed, deleted)
      }
      if (!s.isFile()) continue;
      const key = keyOf(name, s);
      if (baseline) {
        known.add(key);
        continue;
      }
      const before = seen.get(name);
      const same = before && before.size === s.size && before.mtimeMs === s.mtimeMs;
      const entry = same ? before : { size: s.size, mtimeMs: s.mtimeMs, since: t };
      next.set(name, entry);
      if (known.has(key) || s.size === 0 || t - entry.since < stableMs) continue;
      known.add(key);
      found = [...found.filter((f) => f.name !== name), { id: randomUUID(), name, path, sizeBytes: s.size, foundAt: t }].slice(-MAX_FOUND);
    }
    baseline = false;
    seen = next;
  }

  /** One look at a time: a slow folder (a network drive) never has two looks racing. */
  const tick = (): Promise<void> => (busy ??= look().catch((e: unknown) => warn(`looking at the folder failed: ${String(e)}`)).finally(() => { busy = null; }));

  const restart = (): void => {
    if (timer) clearInterval(timer);
    timer = null;
    seen = new Map();
    known = new Set();
    found = [];
    problem = null;
    baseline = true;
    if (folder !== null && (options.pollMs ?? 3000) > 0) {
      timer = setInterval(() => void tick(), options.pollMs ?? 3000);
      timer.unref?.();
    }
  };

  return {
    async start() {
      try {
        const saved = JSON.parse(new TextDecoder().decode(await fs.readFile(joinPath(options.dir, CONFIG)))) as { folder?: unknown };
        folder = typeof saved.folder === 'string' && saved.folder.trim() ? saved.folder : null;
      } catch {
        folder = null; // never chosen, or the file is unreadable: nothing is watched
      }
      restart();
      await tick();
      return status();
    },
    status,
    async setFolder(next) {
      folder = next === null ? null : next.trim();
      await fs.mkdir(options.dir, { recursive: true });
      await fs.writeFile(joinPath(options.dir, CONFIG), JSON.stringify({ folder }));
      restart();
      await tick();
      return status();
    },
    async read(id) {
      const f = found.find((x) => x.id === id);
      if (!f) return null;
      try {
        return { name: f.name, base64: Buffer.from(await fs.readFile(f.path)).toString('base64') };
      } catch {
        found = found.filter((x) => x.id !== id);
        return null;
      }
    },
    dismiss(id) {
      found = found.filter((x) => x.id !== id);
      return status();
    },
    tick,
    close() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

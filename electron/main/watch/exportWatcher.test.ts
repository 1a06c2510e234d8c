import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExportWatcher, type ExportWatcher } from './exportWatcher';

/** The watcher over a real temp folder, looked at by hand with a clock the test moves. */
let root: string;
let downloads: string;
let clock = 0;
let watchers: ExportWatcher[] = [];

const watcher = (): ExportWatcher => {
  const w = createExportWatcher({ fs, dir: path.join(root, 'state'), joinPath: path.join, now: () => clock, pollMs: 0, stableMs: 2000 });
  watchers.push(w);
  return w;
};
const later = async (w: ExportWatcher, ms: number): Promise<void> => {
  clock += ms;
  await w.tick();
};
const names = (w: ExportWatcher): string[] => w.status().found.map((f) => f.name);

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'xiaoer-watch-'));
  downloads = path.join(root, 'Downloads');
  await fs.mkdir(downloads);
  clock = 1_000_000;
});
afterEach(async () => {
  for (const w of watchers) w.close();
  watchers = [];
  await fs.rm(root, { recursive: true, force: true });
});

describe('the watched export folder', () => {
  it('announces a new export once it has stopped growing, not the files already there', async () => {
    await fs.writeFile(path.join(downloads, '上个月.csv'), 'old');
    const w = watcher();
    await w.setFolder(downloads);
    await fs.writeFile(path.join(downloads, 'ExportOrderList.csv'), '订单编号\r\n1');
    await later(w, 500);
    expect(names(w)).toEqual([]);
    await later(w, 2500);
    expect(w.status()).toMatchObject({ folder: downloads, problem: null, found: [{ name: 'ExportOrderList.csv', sizeBytes: 15 }] });
    const [found] = w.status().found;
    expect(Buffer.from((await w.read(found!.id))!.base64, 'base64').toString()).toBe('订单编号\r\n1');
  });

  it('waits while a download is still growing', async () => {
    const w = watcher();
    await w.setFolder(downloads);
    const file = path.join(downloads, 'big.csv');
    for (let i = 0; i < 4; i++) {
      await fs.appendFile(file, 'x'.repeat(100));
      await fs.utimes(file, new Date(), new Date(clock + i * 1000));
      await later(w, 1000);
      expect(names(w)).toEqual([]);
    }
    await later(w, 2100);
    expect(names(w)).toEqual(['big.csv']);
  });

  it('announces a download when the browser renames it from its partial name, and never other kinds of file', async () => {
    const w = watcher();
    await w.setFolder(downloads);
    await fs.writeFile(path.join(downloads, 'ExportOrderList.csv.crdownload'), 'partial');
    await fs.writeFile(path.join(downloads, 'photo.jpg'), 'jpg');
    await fs.writeFile(path.join(downloads, '~$open.csv'), 'lock');
    await later(w, 3000);
    expect(names(w)).toEqual([]);
    await fs.rename(path.join(downloads, 'ExportOrderList.csv.crdownload'), path.join(downloads, 'ExportOrderList.csv'));
    await later(w, 100);
    await later(w, 2500);
    expect(names(w)).toEqual(['ExportOrderList.csv']);
  });

  it('never announces the same file twice, even after it was dismissed; a changed file is new', async () => {
    const w = watcher();
    await w.setFolder(downloads);
    const file = path.join(downloads, 'refunds.csv');
    await fs.writeFile(file, 'a');
    await later(w, 100);
    await later(w, 2500);
    const [found] = w.status().found;
    expect(w.dismiss(found!.id).found).toEqual([]);
    await later(w, 5000);
    expect(names(w)).toEqual([]);
    await fs.writeFile(file, 'a newer export');
    await later(w, 100);
    await later(w, 2500);
    expect(names(w)).toEqual(['refunds.csv']);
  });

  it('says clearly when the folder is missing or not a folder, and watches it once it is there', async () => {
    const w = watcher();
    const missing = path.join(root, 'nowhere');
    expect(await w.setFolder(missing)).toEqual({ folder: missing, problem: 'watchFolderMissing', found: [] });
    await fs.writeFile(path.join(root, 'a-file'), '');
    expect((await w.setFolder(path.join(root, 'a-file'))).problem).toBe('watchFolderNotDir');
    await w.setFolder(missing);
    await fs.mkdir(missing);
    await later(w, 100);
    expect(w.status().problem).toBeNull();
  });

  it('remembers the folder for the next start, and forgets it when cleared', async () => {
    await watcher().setFolder(downloads);
    expect((await watcher().start()).folder).toBe(downloads);
    await watcher().setFolder(null);
    expect(await watcher().start()).toEqual({ folder: null, problem: null, found: [] });
  });

  it('answers null for a found file that is gone by the time it is read', async () => {
    const w = watcher();
    await w.setFolder(downloads);
    await fs.writeFile(path.join(downloads, 'gone.csv'), 'x');
    await later(w, 100);
    await later(w, 2500);
    const [found] = w.status().found;
    await fs.rm(path.join(downloads, 'gone.csv'));
    expect(await w.read(found!.id)).toBeNull();
    expect(names(w)).toEqual([]);
  });
});

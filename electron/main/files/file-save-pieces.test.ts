import { appendFile, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseInvokeInput } from '@shared/host/validate';
import { createFileHandlers, type FileDeps } from './file-handlers';

let dir = '';
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'xiaoer-save-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

/** Real files in a temp dir; only the dialogs are stand-ins (the agent "chooses" `chosen`). */
function realDeps(chosen: string | null): FileDeps {
  return {
    showSaveDialog: vi.fn(async () => (chosen ? { canceled: false, filePath: join(dir, chosen) } : { canceled: true })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [join(dir, chosen ?? 'none')] })),
    writeFile: (p, d) => writeFile(p, d),
    readFile: (p) => readFile(p),
    fileSize: async (p) => (await stat(p)).size,
    readRange: async (p, offset, length) => (await readFile(p)).subarray(offset, offset + length),
    appendFile: (p, d) => appendFile(p, d),
    rename: (a, b) => rename(a, b),
    removeFile: (p) => rm(p, { force: true }),
    defaultDir: dir,
    joinPath: join,
    baseName: basename,
  };
}

describe('file:save-begin/append/commit/abort', () => {
  it('writes the pieces to a temp file and puts the chosen file in place only on commit, read back byte-identical', async () => {
    const files = createFileHandlers(realDeps('usb-backup.json'));
    const pieces = ['{"tables":{"messages":[', '{"text":"亲，拍大一码哦😀"}', ',{"text":"', '尺码表见详情页"}]}}'];
    const begun = await files.saveBegin({ suggestedName: 'xiaoer-backup-20261123-020000.json', mime: 'application/json' });
    expect(JSON.stringify(begun)).not.toContain(dir);
    for (const chunk of pieces) await files.saveAppend({ handle: begun!.handle, chunk });
    expect(await readdir(dir)).not.toContain('usb-backup.json');
    const done = await files.saveCommit({ handle: begun!.handle });

    const expected = Buffer.from(pieces.join(''), 'utf8');
    expect(done.sizeBytes).toBe(expected.length);
    expect(await readdir(dir)).toEqual(['usb-backup.json']);
    expect((await readFile(join(dir, 'usb-backup.json'))).equals(expected)).toBe(true);

    // Restoring from that file reads the same text back in pieces.
    const picked = await files.pick({ extensions: ['json'] });
    let text = '';
    for (let at = 0; at < picked!.sizeBytes;) {
      const piece = await files.readChunk({ handle: picked!.handle, offset: at, length: 7 });
      text += piece.text;
      at = piece.nextOffset;
    }
    expect(text).toBe(pieces.join(''));
  });

  it('an abort leaves no file behind and an existing file of that name untouched; the handle is then refused', async () => {
    await writeFile(join(dir, 'old.json'), 'keep me');
    const files = createFileHandlers(realDeps('old.json'));
    const begun = await files.saveBegin({ suggestedName: 'x.json', mime: 'application/json' });
    await files.saveAppend({ handle: begun!.handle, chunk: 'half a backup' });
    await files.saveAbort({ handle: begun!.handle });
    expect(await readdir(dir)).toEqual(['old.json']);
    expect(await readFile(join(dir, 'old.json'), 'utf8')).toBe('keep me');
    await expect(files.saveAppend({ handle: begun!.handle, chunk: 'more' })).rejects.toThrow('export again');
    await expect(files.saveCommit({ handle: begun!.handle })).rejects.toThrow('export again');
  });

  it('answers null and writes nothing when the agent cancels the dialog', async () => {
    const files = createFileHandlers(realDeps(null));
    expect(await files.saveBegin({ suggestedName: 'x.json', mime: 'application/json' })).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('is validated like the other calls: no path-like names, no made-up handles, no oversized pieces', () => {
    expect(parseInvokeInput('file:save-begin', { suggestedName: '../etc/passwd', mime: 'application/json' }).ok).toBe(false);
    expect(parseInvokeInput('file:save-begin', { suggestedName: 'a.json', mime: 'application/json', path: '/tmp/a' }).ok).toBe(false);
    expect(parseInvokeInput('file:save-append', { handle: '/tmp/x', chunk: 'a' }).ok).toBe(false);
    expect(parseInvokeInput('file:save-append', { handle: '0123456789abcdef', chunk: 'a'.repeat(8 * 1024 * 1024 + 1) }).ok).toBe(false);
    expect(parseInvokeInput('file:save-commit', { handle: '0123456789abcdef' }).ok).toBe(true);
  });
});

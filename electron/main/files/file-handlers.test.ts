import { describe, expect, it, vi } from 'vitest';
import { createFileHandlers, decodeContent, MAX_OPEN_BYTES, type FileDeps } from './file-handlers';

function deps(over: Partial<FileDeps> = {}): FileDeps {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/agent/Downloads/out.xlsx' })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/agent/订单.csv'] })),
    writeFile: vi.fn(async () => {}),
    readFile: vi.fn(async () => new Uint8Array([0xb6, 0xa9, 0xb5, 0xa5])),
    fileSize: vi.fn(async () => 4),
    readRange: vi.fn(async () => new Uint8Array()),
    appendFile: vi.fn(async () => {}),
    rename: vi.fn(async () => {}),
    removeFile: vi.fn(async () => {}),
    defaultDir: '/home/agent/Downloads',
    joinPath: (d, n) => `${d}/${n}`,
    baseName: (p) => p.split('/').pop()!,
    ...over,
  };
}

describe('decodeContent', () => {
  it('writes text as UTF-8 and base64 as its bytes', () => {
    expect(Buffer.from(decodeContent('订单', false)).toString('utf8')).toBe('订单');
    expect([...decodeContent('AAEC/w==', true)]).toEqual([0, 1, 2, 255]);
  });

  it('refuses base64 with junk instead of silently dropping it', () => {
    expect(() => decodeContent('AAE*', true)).toThrow(/content: not valid base64/);
    expect(() => decodeContent('AAE', true)).toThrow(/base64/);
  });
});

describe('file:save', () => {
  it('asks where to save, suggesting the name in Downloads with its extension as filter, and writes the bytes', async () => {
    const d = deps();
    const r = await createFileHandlers(d).save({ suggestedName: 'report.xlsx', mime: 'application/vnd.ms-excel', content: 'UEsDBA==', base64: true });
    expect(r).toEqual({ saved: true, path: '/home/agent/Downloads/out.xlsx' });
    expect(d.showSaveDialog).toHaveBeenCalledWith({ defaultPath: '/home/agent/Downloads/report.xlsx', filters: [{ name: 'XLSX', extensions: ['xlsx'] }] });
    expect([...(vi.mocked(d.writeFile).mock.calls[0]![1] as Uint8Array)]).toEqual([0x50, 0x4b, 3, 4]);
  });

  it('writes nothing when the agent cancels', async () => {
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    expect(await createFileHandlers(d).save({ suggestedName: 'a.csv', mime: 'text/csv', content: 'x', base64: false })).toEqual({ saved: false, path: null });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('refuses broken base64 before opening a dialog', async () => {
    const d = deps();
    await expect(createFileHandlers(d).save({ suggestedName: 'a.xlsx', mime: 'x', content: '@@@@', base64: true })).rejects.toThrow(/base64/);
    expect(d.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('file:open', () => {
  it('returns the picked file name and its raw bytes as base64 so GBK files survive', async () => {
    const d = deps();
    expect(await createFileHandlers(d).open({ extensions: ['csv', 'xlsx'] })).toEqual({ name: '订单.csv', base64: 'tqm1pQ==' });
    expect(d.showOpenDialog).toHaveBeenCalledWith({ properties: ['openFile'], filters: [{ name: 'CSV, XLSX', extensions: ['csv', 'xlsx'] }] });
  });

  it('returns null when the agent cancels', async () => {
    expect(await createFileHandlers(deps({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) })).open({ extensions: ['csv'] })).toBeNull();
  });

  it('refuses a file too large to carry over IPC without reading it', async () => {
    const d = deps({ fileSize: vi.fn(async () => MAX_OPEN_BYTES + 1) });
    await expect(createFileHandlers(d).open({ extensions: ['csv'] })).rejects.toThrow(/larger than 50 MB/);
    expect(d.readFile).not.toHaveBeenCalled();
  });
});

describe('file:pick and file:read-chunk', () => {
  const text = '{"备份":"小二😀"}';
  const bytes = new TextEncoder().encode(text);
  const onDisk = (over: Partial<FileDeps> = {}) => deps({
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/mnt/usb/xiaoer-backup.json'] })),
    fileSize: vi.fn(async () => bytes.length),
    readRange: vi.fn(async (_p: string, offset: number, length: number) => bytes.slice(offset, offset + length)),
    ...over,
  });

  it('hands out a handle instead of the path, and reads the file in pieces that never split a character', async () => {
    const d = onDisk();
    const files = createFileHandlers(d);
    const picked = await files.pick({ extensions: ['json'] });
    expect(picked).toMatchObject({ name: 'xiaoer-backup.json', sizeBytes: bytes.length });
    expect(JSON.stringify(picked)).not.toContain('/mnt/usb');
    let out = '';
    for (let at = 0; at < bytes.length;) {
      const piece = await files.readChunk({ handle: picked!.handle, offset: at, length: 5 });
      expect(piece.nextOffset).toBeGreaterThan(at);
      out += piece.text;
      at = piece.nextOffset;
    }
    expect(out).toBe(text);
    expect(d.readRange).toHaveBeenCalledWith('/mnt/usb/xiaoer-backup.json', 0, 5);
  });

  it('a big file is picked without reading it (no 50 MB cap: it is read in pieces)', async () => {
    const d = onDisk({ fileSize: vi.fn(async () => 400 * 1024 * 1024) });
    expect(await createFileHandlers(d).pick({ extensions: ['json'] })).toMatchObject({ sizeBytes: 400 * 1024 * 1024 });
    expect(d.readRange).not.toHaveBeenCalled();
    expect(d.readFile).not.toHaveBeenCalled();
  });

  it('answers null on cancel and refuses a handle it never gave out', async () => {
    const files = createFileHandlers(onDisk({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) }));
    expect(await files.pick({ extensions: ['json'] })).toBeNull();
    await expect(files.readChunk({ handle: '00000000-0000-0000-0000-000000000000', offset: 0, length: 16 })).rejects.toThrow('pick it again');
  });
});

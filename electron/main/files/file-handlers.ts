import type { InvokeInput, InvokeOutput } from '@shared/host/contract';

/**
 * The file:save and file:open invoke handlers. The agent always picks the path in a native
 * dialog — the renderer can suggest a name but never choose where bytes land or which file is read.
 */

export interface DialogFilter {
  name: string;
  extensions: string[];
}

export interface FileDeps {
  showSaveDialog(options: { defaultPath: string; filters: DialogFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: { properties: Array<'openFile'>; filters: DialogFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  fileSize(path: string): Promise<number>;
  /** Folder the save dialog starts in (the user's Downloads). */
  defaultDir: string;
  joinPath(dir: string, name: string): string;
  baseName(path: string): string;
}

/** Imports are order/CSV/XLSX exports; anything bigger is a wrong pick and would choke IPC. */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Node's base64 decoder silently skips junk; refuse it instead of writing a corrupt file. */
export function decodeContent(content: string, base64: boolean): Uint8Array {
  if (!base64) return Buffer.from(content, 'utf8');
  const compact = content.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw new Error('content: not valid base64');
  return Buffer.from(compact, 'base64');
}

const extensionOf = (name: string): string | null => {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? m[1]!.toLowerCase() : null;
};

export function createFileHandlers(deps: FileDeps) {
  return {
    async save(input: InvokeInput<'file:save'>): Promise<InvokeOutput<'file:save'>> {
      // Decode before asking: a broken payload should fail without a pointless dialog.
      const bytes = decodeContent(input.content, input.base64);
      const ext = extensionOf(input.suggestedName);
      const filters = ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [];
      const choice = await deps.showSaveDialog({ defaultPath: deps.joinPath(deps.defaultDir, input.suggestedName), filters });
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await deps.writeFile(choice.filePath, bytes);
      return { saved: true, path: choice.filePath };
    },
    async open(input: InvokeInput<'file:open'>): Promise<InvokeOutput<'file:open'>> {
      const choice = await deps.showOpenDialog({
        properties: ['openFile'],
        filters: [{ name: input.extensions.join(', ').toUpperCase(), extensions: input.extensions }],
      });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return null;
      if ((await deps.fileSize(path)) > MAX_OPEN_BYTES) throw new Error(`file is larger than ${MAX_OPEN_BYTES / 1024 / 1024} MB`);
      const bytes = await deps.readFile(path);
      return { name: deps.baseName(path), base64: Buffer.from(bytes).toString('base64') };
    },
  };
}

import { bytesFromBase64 } from '@shared/lib/base64';

/** Browser stand-ins for the host's save/open dialogs. */

/** The browser's "save as": a download of the blob under the suggested name. */
function saveBlob(doc: Document, blob: Blob, name: string, keepUrlMs: number): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), keepUrlMs);
}

export function downloadFile(doc: Document, p: { suggestedName: string; mime: string; content: string; base64: boolean }): void {
  const data = p.base64 ? bytesFromBase64(p.content) : p.content;
  saveBlob(doc, new Blob([data], { type: p.mime }), p.suggestedName, 10_000);
}

/**
 * A download built from pieces: each piece becomes its own Blob as it arrives (the browser may
 * keep them out of the JS heap), and the file is one Blob over them, so no giant string is made.
 */
export function createPieceDownloads(doc: Document, newHandle: () => string) {
  const open = new Map<string, { name: string; mime: string; parts: Blob[]; size: number }>();
  const get = (handle: string) => {
    const d = open.get(handle);
    if (!d) throw new Error('that file is no longer being saved; export again');
    return d;
  };
  return {
    begin(name: string, mime: string): string {
      const handle = newHandle();
      open.set(handle, { name, mime, parts: [], size: 0 });
      return handle;
    },
    append(handle: string, chunk: string): void {
      const d = get(handle);
      const part = new Blob([chunk]);
      d.parts.push(part);
      d.size += part.size;
    },
    commit(handle: string): number {
      const d = get(handle);
      open.delete(handle);
      saveBlob(doc, new Blob(d.parts, { type: d.mime }), d.name, 60_000);
      return d.size;
    },
    abort(handle: string): void {
      open.delete(handle);
    },
  };
}

/** The agent's pick in a hidden file input; null when cancelled. */
export function chooseFile(doc: Document, extensions: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file ?? null);
    });
    input.addEventListener('cancel', () => { input.remove(); resolve(null); });
    doc.body.appendChild(input);
    input.click();
  });
}

export async function pickFile(doc: Document, extensions: string[]): Promise<{ name: string; base64: string } | null> {
  const file = await chooseFile(doc, extensions);
  if (!file) return null;
  return { name: file.name, base64: await base64Of(file) };
}

/** The browser encodes it off this thread (a data: URL); a loop over a 20,000-row export's bytes here would freeze the page. */
function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

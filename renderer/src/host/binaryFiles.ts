import { base64FromBytes, bytesFromBase64 } from '@shared/lib/base64';
import { invokeHost } from './call';

/** Raw DEFLATE (a ZIP part) inflated by the platform's own DecompressionStream (Chromium and Electron). */
export async function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Asks the host for a file and returns its bytes; null when the agent cancelled. */
export async function openBinaryFile(extensions: string[]): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = await invokeHost('file:open', { extensions });
  return file ? { name: file.name, bytes: bytesFromBase64(file.base64) } : null;
}

/** Saves bytes through the host's save dialog (a download in the browser host). */
export async function saveBinaryFile(suggestedName: string, mime: string, bytes: Uint8Array): Promise<void> {
  await invokeHost('file:save', { suggestedName, mime, content: base64FromBytes(bytes), base64: true });
}

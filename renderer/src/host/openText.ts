import { bytesFromBase64 } from '@shared/lib/base64';
import { decodeShopText } from '@shared/lib/textBytes';
import { invokeHost } from './call';

/** Asks the host for a text file (CSV, JSON…) and decodes it (UTF-8, else GB18030); null when the agent cancelled. */
export async function openTextFile(extensions: string[]): Promise<{ name: string; text: string } | null> {
  const file = await openFileBytes(extensions);
  return file ? { name: file.name, text: decodeShopText(bytesFromBase64(file.base64)) } : null;
}

/** Asks the host for a file and hands over its bytes as base64, undecoded (a worker decodes a big one). */
export function openFileBytes(extensions: string[]): Promise<{ name: string; base64: string } | null> {
  return invokeHost('file:open', { extensions });
}

import { invokeHost } from './call';

/** Decodes an opened file: UTF-8 first, then GB18030 (what a Chinese Excel or a platform export writes). */
export function decodeText(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Asks the host for a text file (CSV, JSON…) and decodes it; null when the agent cancelled. */
export async function openTextFile(extensions: string[]): Promise<{ name: string; text: string } | null> {
  const file = await invokeHost('file:open', { extensions });
  return file ? { name: file.name, text: decodeText(file.base64) } : null;
}

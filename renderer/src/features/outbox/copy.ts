import { markCopied } from '../../data';
import { invokeHost } from '../../host';

/**
 * Companion mode's one way to the clipboard: the host copies the exact text (Electron's
 * clipboard; a tab's navigator.clipboard), then the row is marked 已复制. Nothing is marked when
 * the copy failed, so the message keeps its 复制 button.
 */
export async function copyDelivery(rowId: string, text: string): Promise<boolean> {
  try {
    const { copied } = await invokeHost('palette:copy', { text });
    if (copied) await markCopied(rowId, Date.now());
    return copied;
  } catch {
    return false;
  }
}

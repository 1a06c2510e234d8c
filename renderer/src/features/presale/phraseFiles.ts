import { exportPhrasesCsv, exportPhrasesJson, parsePhrasesCsv, parsePhrasesJson, type PhraseImportResult } from '@shared/domain/phrases';
import type { Phrase } from '@shared/schemas/entities';
import { getHost } from '../../host';

/** Decodes an opened file: UTF-8 first, then GB18030 (CSV saved by a Chinese Excel). */
function decode(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Asks the host for a JSON or CSV file and parses it; null when the agent cancelled. */
export async function openPhraseFile(existingShortcuts: string[]): Promise<{ name: string; result: PhraseImportResult } | null> {
  const r = await getHost().invoke('file:open', { extensions: ['json', 'csv', 'txt'] });
  if (!r.ok) throw new Error(r.error);
  if (!r.value) return null;
  const text = decode(r.value.base64);
  const isJson = r.value.name.toLowerCase().endsWith('.json') || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
  return { name: r.value.name, result: isJson ? parsePhrasesJson(text, { existingShortcuts }) : parsePhrasesCsv(text, { existingShortcuts }) };
}

export async function savePhraseFile(phrases: readonly Phrase[], kind: 'json' | 'csv'): Promise<void> {
  const content = kind === 'json' ? exportPhrasesJson(phrases) : exportPhrasesCsv(phrases);
  const r = await getHost().invoke('file:save', { suggestedName: `快捷短语.${kind}`, mime: kind === 'json' ? 'application/json' : 'text/csv', content, base64: false });
  if (!r.ok) throw new Error(r.error);
}

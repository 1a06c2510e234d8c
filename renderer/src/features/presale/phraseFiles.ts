import { exportPhrasesCsv, exportPhrasesJson, parsePhrasesCsv, parsePhrasesJson, type PhraseImportResult } from '@shared/domain/phrases';
import type { Phrase } from '@shared/schemas/entities';
import { invokeHost, openTextFile } from '../../host';

/** Asks the host for a JSON or CSV file and parses it; null when the agent cancelled. */
export async function openPhraseFile(existingShortcuts: string[]): Promise<{ name: string; result: PhraseImportResult } | null> {
  const file = await openTextFile(['json', 'csv', 'txt']);
  if (!file) return null;
  const { name, text } = file;
  const isJson = name.toLowerCase().endsWith('.json') || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
  return { name, result: isJson ? parsePhrasesJson(text, { existingShortcuts }) : parsePhrasesCsv(text, { existingShortcuts }) };
}

export async function savePhraseFile(phrases: readonly Phrase[], kind: 'json' | 'csv'): Promise<void> {
  const content = kind === 'json' ? exportPhrasesJson(phrases) : exportPhrasesCsv(phrases);
  await invokeHost('file:save', { suggestedName: `快捷短语.${kind}`, mime: kind === 'json' ? 'application/json' : 'text/csv', content, base64: false });
}

import { SHANGHAI_OFFSET_MS } from '@shared/lib/time';

/** "2026-11-23 14:05:09" in Asia/Shanghai: backups can be seconds apart, so seconds show. */
export const backupTimeText = (at: number): string => new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

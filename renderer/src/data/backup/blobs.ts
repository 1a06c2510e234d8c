import type { BackupBlob } from '@shared/schemas/backup';
import { base64FromBytes, bytesFromBase64 } from '@shared/lib/base64';

/** Photos are Blobs in IndexedDB; in a JSON backup they travel as base64 with their type. */
export async function blobToBackup(blob: Blob): Promise<BackupBlob> {
  return { mime: blob.type, base64: base64FromBytes(new Uint8Array(await blob.arrayBuffer())) };
}

export function backupToBlob(b: BackupBlob): Blob {
  return new Blob([bytesFromBase64(b.base64)], { type: b.mime });
}

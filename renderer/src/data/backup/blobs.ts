import type { BackupBlob } from '@shared/schemas/backup';

/** Photos are Blobs in IndexedDB; in a JSON backup they travel as base64 with their type. */
export async function blobToBackup(blob: Blob): Promise<BackupBlob> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole photo as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { mime: blob.type, base64: btoa(binary) };
}

export function backupToBlob(b: BackupBlob): Blob {
  return new Blob([Uint8Array.from(atob(b.base64), (c) => c.charCodeAt(0))], { type: b.mime });
}

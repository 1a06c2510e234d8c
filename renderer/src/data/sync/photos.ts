import { PHOTO_SYNC_MAX_BYTES } from '@shared/domain/sync';
import { base64FromBytes, bytesFromBase64 } from '@shared/lib/base64';

type Row = Record<string, unknown>;

/** Where a stored photo keeps its image and preview (Blobs, never synced as they are). */
export const PHOTO_BLOBS = ['blob', 'thumb'] as const;

const bytesOf = async (value: unknown): Promise<Uint8Array | null> => {
  if (value instanceof Blob) return new Uint8Array(await value.arrayBuffer());
  if (value instanceof Uint8Array) return value;
  return null;
};

/**
 * A stored photo as it travels: its fields with the image and preview as base64, or
 * 'tooLarge' when the image is over PHOTO_SYNC_MAX_BYTES (it stays on this PC, and says so).
 */
export async function photoToWire(record: Row): Promise<Row | 'tooLarge'> {
  const image = await bytesOf(record['blob']);
  if (image && image.byteLength > PHOTO_SYNC_MAX_BYTES) return 'tooLarge';
  const thumb = await bytesOf(record['thumb']);
  const out: Row = { ...record };
  for (const f of PHOTO_BLOBS) delete out[f];
  if (image) out['image'] = base64FromBytes(image);
  if (thumb) out['thumbImage'] = base64FromBytes(thumb);
  return out;
}

/** A photo pulled from the server as the store keeps it: its image and preview as Blobs again. */
export function photoFromWire(record: Row): Row {
  const out: Row = { ...record };
  const mime = typeof record['mime'] === 'string' ? record['mime'] : 'application/octet-stream';
  if (typeof record['image'] === 'string') out['blob'] = new Blob([bytesFromBase64(record['image'])], { type: mime });
  if (typeof record['thumbImage'] === 'string') out['thumb'] = new Blob([bytesFromBase64(record['thumbImage'])], { type: 'image/jpeg' });
  delete out['image'];
  delete out['thumbImage'];
  return out;
}

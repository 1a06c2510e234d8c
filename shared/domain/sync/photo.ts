/**
 * A case photo travels as an append-only record whose image rides along as base64 (`image`,
 * and its preview `thumbImage`). A push is at most 1 MB, so a photo larger than this stays on
 * the PC it was taken on; that PC says so (photo_too_large) and the server refuses one that
 * comes anyway.
 */
export const PHOTO_SYNC_MAX_BYTES = 600 * 1024;

/** How many bytes a base64 text stands for. */
export const base64Bytes = (text: string): number => Math.floor((text.length * 3) / 4) - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);

/** Why a photo's fields cannot travel, or null. */
export function checkPhotoImage(fields: Record<string, unknown>): { field: string; reason: string } | null {
  for (const field of ['image', 'thumbImage']) {
    const value = fields[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return { field, reason: 'a photo’s image is base64 text' };
    if (base64Bytes(value) > PHOTO_SYNC_MAX_BYTES) return { field, reason: `a photo over ${PHOTO_SYNC_MAX_BYTES} bytes stays on its PC` };
  }
  return null;
}

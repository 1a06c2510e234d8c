import { problem, type Check } from './errors';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** Image signatures: a file must start with one of these, whatever its name or claimed type. */
const SIGNATURES: ReadonlyArray<{ mime: string; test: (b: Uint8Array) => boolean }> = [
  { mime: 'image/png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
  { mime: 'image/webp', test: (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50 },
  { mime: 'image/bmp', test: (b) => b[0] === 0x42 && b[1] === 0x4d },
];

export interface PhotoCandidate {
  size: number;
  /** The first bytes of the file (12 are enough). */
  head: Uint8Array;
}

/** The image type of a file from its first bytes, or null if it is not an image we keep. */
export function sniffImage(head: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.test(head))?.mime ?? null;
}

/** Refuses empty files, files over 10 MB and anything whose bytes are not a known image. */
export function checkPhoto(file: PhotoCandidate): Check {
  if (file.size === 0) return problem('photo', 'photoEmpty');
  if (file.size > MAX_PHOTO_BYTES) return problem('photo', 'photoTooLarge', { maxMb: MAX_PHOTO_BYTES / 1024 / 1024 });
  if (!sniffImage(file.head)) return problem('photo', 'photoNotImage');
  return null;
}

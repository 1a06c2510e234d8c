import { describe, expect, it } from 'vitest';
import { PHOTO_SYNC_MAX_BYTES, base64Bytes, checkPhotoImage } from './photo';
import { checkFields } from './validate';

const b64 = (bytes: number): string => Buffer.alloc(bytes, 1).toString('base64');

describe('a case photo on the wire', () => {
  it.each([
    ['no padding', 3, 3], ['one = of padding', 2, 2], ['two = of padding', 1, 1], ['empty', 0, 0],
  ])('counts the bytes base64 text stands for (%s)', (_name, bytes, expected) => {
    expect(base64Bytes(b64(bytes))).toBe(expected);
  });

  it.each([
    ['an image at the cap', { image: b64(PHOTO_SYNC_MAX_BYTES) }, null],
    ['an image one byte over the cap', { image: b64(PHOTO_SYNC_MAX_BYTES + 1) }, 'image'],
    ['a preview that is not base64', { thumbImage: '<svg>' }, 'thumbImage'],
    ['a photo without its image (metadata only)', {}, null],
  ])('%s', (_name, fields, field) => {
    expect(checkPhotoImage(fields)?.field ?? null).toBe(field);
  });

  it('is refused by the server’s field check when over the cap, naming the field', () => {
    const meta = { updatedAt: 1, updatedBy: 'a1', ticketId: 't1', name: 'x.png', mime: 'image/png', size: 10, at: 1 };
    expect(checkFields('photos', 'p1', { ...meta, image: b64(16) }, true, [])).toBeNull();
    expect(checkFields('photos', 'p1', { ...meta, image: b64(PHOTO_SYNC_MAX_BYTES + 1) }, true, [])).toMatchObject({ field: 'image' });
  });
});

import { checkPhoto, problem, sniffImage } from '@shared/domain/cases';
import { PhotoMeta } from '@shared/schemas/entities';
import { newId } from '@shared/lib/ids';
import { ProblemError, bug, refuseIf, zodProblems } from '@shared/lib/problem';
import { getDb } from '../store';
import { alive, type WriteContext } from '../repositories/tracked';

/** A stored photo: metadata validated like any record, the image and its thumbnail as Blobs. */
export type PhotoRow = PhotoMeta & { blob: Blob; thumb: Blob };

const THUMB_PX = 160;

/** A small JPEG preview so lists never decode the full photo. */
async function makeThumbnail(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, THUMB_PX / Math.max(bitmap.width, bitmap.height));
  const w = Math.max(1, Math.round(bitmap.width * scale));
  const h = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(w, h);
  const g = canvas.getContext('2d');
  if (!g) throw bug('no 2d context for a photo thumbnail');
  g.drawImage(bitmap, 0, 0, w, h);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
}

/**
 * Keeps a case photo. Refused (nothing stored) when the file is empty, over 10 MB, or its bytes
 * are not an image — the file name and claimed type are not trusted.
 */
export async function addPhoto(ticketId: string, file: Blob, name: string, ctx: WriteContext, thumbnail: (f: Blob) => Promise<Blob> = makeThumbnail): Promise<PhotoMeta> {
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  refuseIf(checkPhoto({ size: file.size, head }));
  const mime = sniffImage(head) as string;
  let thumb: Blob;
  try {
    thumb = await thumbnail(file);
  } catch {
    throw new ProblemError(problem('photo', 'photoNotImage'));
  }
  const meta: PhotoMeta = { id: newId(), updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null, ticketId, name: name.slice(0, 200), mime, size: file.size, at: ctx.now };
  const parsed = PhotoMeta.safeParse(meta);
  if (!parsed.success) throw ProblemError.of(zodProblems(parsed.error, { table: 'photos', input: meta }));
  const db = getDb();
  await db.transaction('rw', [db.tickets, db.table('photos'), db.changes], async () => {
    if (!alive(await db.tickets.get(ticketId))) throw new ProblemError(problem('tickets', 'caseNotFound'));
    await db.table('photos').put({ ...meta, blob: file, thumb } satisfies PhotoRow);
    await db.changes.add({ table: 'photos', id: meta.id, op: 'put', at: ctx.now, agent: ctx.agentId });
  });
  return meta;
}

export async function photosOf(ticketId: string): Promise<PhotoRow[]> {
  const rows = (await getDb().table('photos').where('ticketId').equals(ticketId).toArray()) as PhotoRow[];
  return rows.filter(alive).sort((a, b) => a.at - b.at);
}

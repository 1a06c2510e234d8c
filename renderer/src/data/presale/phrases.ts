import type { Phrase } from '@shared/schemas/entities';
import { STARTER_PHRASES, type PhraseDraft } from '@shared/domain/phrases';
import { newId } from '@shared/lib/ids';
import { getDb } from '../store';
import { alive, putTracked, tombstone, type WriteContext } from '../repositories/tracked';

/** The whole library (team and personal), alive rows only. A few thousand rows at most. */
export async function listPhrases(): Promise<Phrase[]> {
  return (await getDb().phrases.toArray()).filter(alive);
}

function fromDraft(d: PhraseDraft, order: number, ownerId: string | null): Omit<Phrase, 'updatedAt' | 'updatedBy' | 'deletedAt'> {
  return { id: newId(), scope: d.scope, ownerId: d.scope === 'personal' ? ownerId : null, shopId: null, group: d.group, title: d.title, text: d.text, shortcut: d.shortcut, keywords: d.keywords, uses: d.uses, order: d.order ?? order };
}

/**
 * Puts the starter library in an empty phrases table (first start or a fresh demo). Checked
 * inside the transaction, so two windows opening at once seed it only once.
 */
export async function ensureStarterPhrases(ctx: WriteContext): Promise<number> {
  const db = getDb();
  return db.transaction('rw', [db.phrases, db.changes], async () => {
    if ((await db.phrases.count()) > 0) return 0;
    await putTracked<Phrase>(db, 'phrases', STARTER_PHRASES.map((d, i) => fromDraft(d, i, null)), ctx);
    return STARTER_PHRASES.length;
  });
}

/** Adds imported (already validated) drafts after the existing phrases. */
export async function addPhrases(drafts: readonly PhraseDraft[], ctx: WriteContext): Promise<number> {
  const db = getDb();
  const last = (await listPhrases()).reduce((m, p) => Math.max(m, p.order), -1);
  await putTracked<Phrase>(db, 'phrases', drafts.map((d, i) => ({ ...fromDraft(d, last + 1 + i, ctx.agentId), order: last + 1 + i })), ctx);
  return drafts.length;
}

export async function savePhrase(phrase: Omit<Phrase, 'updatedAt' | 'updatedBy' | 'deletedAt'>, ctx: WriteContext): Promise<void> {
  await putTracked<Phrase>(getDb(), 'phrases', [phrase], ctx);
}

export async function deletePhrase(id: string, ctx: WriteContext): Promise<void> {
  await tombstone(getDb(), 'phrases', id, ctx);
}

/** Swaps the order of two phrases (move up / move down in the manager). */
export async function swapPhraseOrder(a: Phrase, b: Phrase, ctx: WriteContext): Promise<void> {
  const orderA = a.order === b.order ? b.order - 0.5 : b.order;
  await putTracked<Phrase>(getDb(), 'phrases', [{ ...a, order: orderA }, { ...b, order: a.order }], ctx);
}

/** Counts a use of each inserted phrase, so the picker lists the most used first. */
export async function countPhraseUses(ids: readonly string[], ctx: WriteContext): Promise<void> {
  if (ids.length === 0) return;
  const db = getDb();
  const rows = (await db.phrases.bulkGet([...ids])).filter(alive);
  const times = new Map<string, number>();
  for (const id of ids) times.set(id, (times.get(id) ?? 0) + 1);
  await putTracked<Phrase>(db, 'phrases', rows.map((p) => ({ ...p, uses: p.uses + (times.get(p.id) ?? 0) })), ctx);
}

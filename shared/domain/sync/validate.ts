import type { z } from 'zod';
import {
  Agent, AuditEntry, Buyer, BuyerPromise, Contact, Conversation, Handover, Message, Note, NoteRevision, Order, PhotoMeta, Phrase, Product, Remark, Reminder, Review, Setting, Shop, Ticket,
} from '../../schemas/entities';
import { checkPhotoImage } from './photo';
import { containsNul } from './value';

/**
 * The entity schema a mutation's fields must fit, without the parts the sync protocol carries
 * itself (the id is the mutation's, deletion is `op: 'delete'`). Unknown fields pass: a newer
 * PC may add optional fields before the server knows them, and mixed versions must still sync.
 */
const SCHEMAS: Record<string, z.ZodObject> = {
  shops: Shop, agents: Agent, buyers: Buyer, conversations: Conversation, messages: Message, orders: Order, remarks: Remark,
  reminders: Reminder, phrases: Phrase, tickets: Ticket, reviews: Review, contacts: Contact, photos: PhotoMeta, handovers: Handover,
  notes: Note, noteRevisions: NoteRevision, promises: BuyerPromise, products: Product, audit: AuditEntry,
};

export type FieldProblem = { field: string | null; reason: string };

/**
 * Checks changed fields (`creating`: the whole record). `derived` fields are not required:
 * each PC recomputes them. Returns null when the fields fit.
 */
export function checkFields(table: string, id: string, fields: Record<string, unknown>, creating: boolean, derived: readonly string[]): FieldProblem | null {
  if ('id' in fields && fields.id !== id) return { field: 'id', reason: 'the id is the mutation’s id' };
  if ('key' in fields && table === 'settings' && fields.key !== id) return { field: 'key', reason: 'a setting’s key is the mutation’s id' };
  if (fields.deletedAt != null) return { field: 'deletedAt', reason: 'a delete is op "delete", not a field' };
  // PostgreSQL's jsonb cannot hold U+0000; no record of ours has a reason to.
  const nul = Object.keys(fields).find((f) => containsNul(f) || containsNul(fields[f]));
  if (nul !== undefined) return { field: nul, reason: 'text with a NUL character' };
  if (table === 'photos') {
    const image = checkPhotoImage(fields);
    if (image) return image;
  }
  const entity: z.ZodObject | undefined = table === 'settings' ? Setting.omit({ key: true }) : SCHEMAS[table];
  if (!entity) return { field: null, reason: `no schema for "${table}"` };
  const own = Object.fromEntries(['id', 'deletedAt'].filter((f) => f in entity.shape).map((f) => [f, true] as const));
  const base: z.ZodObject = entity.omit(own as Record<string, true> & Record<number, never>);
  const optional: Record<string, true> = Object.fromEntries(derived.filter((f) => f in base.shape).map((f) => [f, true] as const));
  const schema = (creating ? base.partial(optional) : base.partial()).loose();
  const rest = { ...fields };
  delete rest.id;
  delete rest.key;
  delete rest.deletedAt;
  const parsed = schema.safeParse(rest);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { field: issue?.path.length ? String(issue.path[0]) : null, reason: issue?.message ?? 'invalid' };
}

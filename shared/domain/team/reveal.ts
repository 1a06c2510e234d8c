/**
 * Full phone and address by role (issue 13 §2, §6): the shop says which roles receive them;
 * everyone else gets the masked copies only. Pure: the server applies it to what it sends.
 */
export type RevealRole = 'agent' | 'supervisor';
export const REVEAL_ROLES: readonly RevealRole[] = ['agent', 'supervisor'];

/** Until a supervisor says otherwise, both roles may reveal (as on a single PC). */
export const DEFAULT_REVEAL_ROLES: readonly RevealRole[] = REVEAL_ROLES;

/** The fields that hold a buyer's full contact per synced table; the masked copies sit beside them. */
export const FULL_CONTACT_FIELDS: Readonly<Record<string, readonly string[]>> = { buyers: ['contactSecret'], orders: ['recipient'] };

/** null role: a PC of a team with accounts where nobody is signed in — it gets nothing full. */
export const mayReceiveFull = (role: RevealRole | null, allowed: readonly string[]): boolean => role !== null && allowed.includes(role);

/**
 * A record as a role not allowed full contacts receives it: the full fields left out (not
 * nulled), so a PC that pushes the record back never overwrites what the server holds.
 */
export function withoutFullContact(table: string, fields: Record<string, unknown>): Record<string, unknown> {
  const hidden = FULL_CONTACT_FIELDS[table];
  if (!hidden || !hidden.some((f) => f in fields)) return fields;
  const out = { ...fields };
  for (const f of hidden) delete out[f];
  return out;
}

/** The PC's own audit actions of a reveal (renderer/src/data: buyers' phone/address, an order's address). */
const REVEAL_ACTIONS: Readonly<Record<string, { table: 'buyers' | 'orders'; field: 'phone' | 'address' }>> = {
  'reveal:phone': { table: 'buyers', field: 'phone' },
  'reveal:address': { table: 'buyers', field: 'address' },
  'reveal-order-address': { table: 'orders', field: 'address' },
};

/** A synced `audit` record that is a reveal, as the server's reveal audit keeps it; null for any other audit line. */
export function revealOfAudit(fields: Record<string, unknown>): { table: 'buyers' | 'orders'; field: 'phone' | 'address'; id: string; reason: string; at: number } | null {
  const kind = typeof fields['action'] === 'string' ? REVEAL_ACTIONS[fields['action']] : undefined;
  const id = fields['subjectId'];
  const at = fields['at'];
  if (!kind || typeof id !== 'string' || typeof at !== 'number') return null;
  return { ...kind, id, reason: typeof fields['reason'] === 'string' ? fields['reason'].slice(0, 200) : '', at };
}

/**
 * Dexie schema versions. Every version stays here with its upgrade forever (DESIGN.md §3);
 * a migration test opens a fixture of version N-1 and upgrades it.
 */
export const DB_NAME = 'xiaoer-desk';

/** v1: every table of DESIGN.md §3 with its key indexes. */
export const SCHEMA_V1: Record<string, string> = {
  shops: 'id, updatedAt',
  agents: 'id, employeeNo',
  buyers: 'id, [shopId+nick], *tags, nick, updatedAt',
  conversations: 'id, [status+lastBuyerAt], buyerId, shopId, updatedAt',
  messages: 'id, [conversationId+at]',
  orders: 'id, &orderNo, [status+createdAt], buyerId, createdAt, trackingNo, [shopId+createdAt], [flag+createdAt], flag, [status+paidAt], updatedAt, totalFen, paidAt, latestRemark, deletedAt',
  remarks: 'id, [orderId+at], agentId',
  reminders: 'id, [state+dueAt], subjectId, [kind+state+dueAt], [kind+state+updatedAt]',
  phrases: 'id, group, *keywords, uses, shortcut',
  tickets: 'id, [status+dueAt], type, orderId, buyerId, createdAt, conversationId',
  reviews: 'id, [status+nextContactAt], orderId, buyerId, postedAt',
  contacts: 'id, [subjectId+at]',
  photos: 'id, ticketId',
  handovers: 'id, createdAt',
  notes: 'id, updatedAt, ownerId, subjectId',
  noteRevisions: 'id, [noteId+at], at',
  promises: 'id, [state+dueAt], buyerId, orderId',
  products: 'id, shopId, *keywords',
  settings: 'key',
  audit: 'id, at, subjectId',
  changes: '++seq, at, [table+id]',
};

/**
 * v2, team mode: orders and buyers re-keyed to natural ids (so `orderNo` is no longer unique
 * across shops: the same 订单编号 in two shops is two orders), settings know their scope,
 * and two tables that never leave the PC and never go into a backup: `shadows` (each synced
 * record as the server last sent it) and `syncState` (device id, cursor, outbox position,
 * the last failure). The upgrade is migrations/v2.ts.
 */
export const SCHEMA_V2: Record<string, string> = {
  orders: SCHEMA_V1.orders?.replace('&orderNo', 'orderNo') ?? '',
  settings: 'key, scope',
  shadows: '[table+id]',
  syncState: 'key',
};

/**
 * v5, the outbox (issue 14): every buyer-facing action waiting for the shop's bridge or the
 * clipboard, per PC (never synced, never in a backup: the bridge and the clipboard are this
 * PC's). Rows are made in the same transaction as the record they carry (data/outbox).
 */
export const SCHEMA_V5: Record<string, string> = {
  outbox: 'id, subjectId, [state+createdAt], conversationId, orderId',
};

/**
 * v8 (perf): the 订单 grid sorts one status by amount off an index, a window at a time, instead
 * of reading 200,000 keys in amount order and intersecting them with the status's keys.
 * Only new indexes: no upgrade function.
 */
export const SCHEMA_V8: Record<string, string> = {
  orders: `${SCHEMA_V2.orders}, [status+totalFen]`,
};

/**
 * v12 (报表, issue 17): messages by time alone, so a report over a month or a year reads the
 * period's messages as one index range instead of one range per conversation touched since.
 * Only a new index: no upgrade function. (If another version in between redefines `messages`,
 * this line must carry its indexes too: a later version's list replaces the table's indexes.)
 */
export const SCHEMA_V12: Record<string, string> = {
  messages: `${SCHEMA_V1.messages}, at`,
};

/** The newest version above (the store's own version, and the schemaVersion a backup names). */
export const CURRENT_VERSION = 12;

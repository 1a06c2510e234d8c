/**
 * Which merge rule each synced table follows (DESIGN.md §3, "Team mode merge rules"). The
 * server applies every mutation by this map and the PC's sync client reads it to know what to
 * send; a table missing here is not synced at all.
 */
export type SyncKind = 'append-only' | 'workflow' | 'platform' | 'team-config' | 'personal';

export interface TableRule {
  kind: SyncKind;
  /** append-only: the field naming the author, who alone may retract the record. */
  author?: string;
  /** personal: the field naming the owner (a null owner makes the record shared, per-field LWW). */
  owner?: string;
  /** platform facts: the fields the platform owns, ordered by platform time; the rest are agents' edits (LWW). */
  platformFields?: readonly string[];
  /** platform facts: the fields the id is made from (naturalId); they never change afterwards. */
  naturalKey?: readonly string[];
  /** Computed on each PC after a pull (latestRemark, counts): never synced. */
  derived?: readonly string[];
  /** Conflicting edits of these fields keep both versions (a conflict copy), never overwrite. */
  copyOnConflict?: readonly string[];
}

const appendOnly = (author: string): TableRule => ({ kind: 'append-only', author });

export const TABLE_RULES: Readonly<Record<string, TableRule>> = {
  remarks: appendOnly('agentId'),
  messages: appendOnly('agentId'),
  contacts: appendOnly('agentId'),
  noteRevisions: appendOnly('updatedBy'),
  audit: appendOnly('agentId'),
  photos: appendOnly('updatedBy'),

  tickets: { kind: 'workflow' },
  reviews: { kind: 'workflow' },
  reminders: { kind: 'workflow' },
  promises: { kind: 'workflow' },
  conversations: { kind: 'workflow' },
  handovers: { kind: 'workflow' },

  orders: {
    kind: 'platform',
    platformFields: ['orderNo', 'shopId', 'buyerId', 'status', 'totalFen', 'items', 'createdAt', 'paidAt', 'addressMasked', 'trackingNo', 'carrier'],
    naturalKey: ['shopId', 'orderNo'],
    derived: ['latestRemark'],
  },
  buyers: {
    kind: 'platform',
    platformFields: ['shopId', 'nick', 'tier', 'phoneMasked', 'addressMasked', 'contactSecret'],
    naturalKey: ['shopId', 'nick'],
  },
  // No platform item id in the product schema yet, so a product keeps the id it was made with.
  products: { kind: 'platform', platformFields: ['shopId', 'title', 'skus'] },

  shops: { kind: 'team-config' },
  agents: { kind: 'team-config' },

  notes: { kind: 'personal', owner: 'ownerId', copyOnConflict: ['title', 'body'] },
};

/** Phrases follow their scope: team phrases are team config, personal ones belong to their owner. */
const PHRASE_RULES: Record<'team' | 'personal', TableRule> = {
  team: { kind: 'team-config', derived: ['uses'] },
  personal: { kind: 'personal', owner: 'ownerId', derived: ['uses'] },
};

export type SettingScope = 'device' | 'agent' | 'team';

/**
 * A setting's scope from its key. New keys say it with a prefix (`team/…`, `agent/<agentId>/…`);
 * the older keys are listed. Anything else is the PC's own (window, sound, paths, simulator
 * state, ingest cursor…) and never leaves it: unknown means per-PC, the safe side.
 */
export function settingScope(key: string): { scope: SettingScope; owner: string | null } {
  // A shop's settings (`shop/<shopId>/…`) are team configuration: every PC of the shop follows them.
  if (key.startsWith('team/') || /^shop\/[^/]+\//.test(key) || TEAM_SETTING_KEYS.has(key)) return { scope: 'team', owner: null };
  for (const pattern of AGENT_SETTING_PATTERNS) {
    const m = pattern.exec(key);
    if (m?.[1]) return { scope: 'agent', owner: m[1] };
  }
  return { scope: 'device', owner: null };
}

const TEAM_SETTING_KEYS = new Set(['presale/lintLists', 'shiftChecklist:config']);
const AGENT_SETTING_PATTERNS = [/^agent\/([^/]+)\//, /^shiftChecklist:([^:]+):\d{4}-\d{2}-\d{2}$/, /^orders\.remarkDraft\.([^.]+)\./];

export type ResolvedRule = { ok: true; table: string; rule: TableRule; owner: string | null } | { ok: false; code: 'unknown_table' | 'not_synced'; reason: string };

/**
 * The rule for one record. Phrases and settings depend on the record: a phrase keeps the scope
 * it has on the server (a personal phrase stays its owner's even when an edit says "team"),
 * a setting is classified by its key.
 */
export function ruleFor(table: string, id: string, current: Record<string, unknown> | null, incoming: Record<string, unknown>): ResolvedRule {
  if (table === 'settings') {
    const { scope, owner } = settingScope(id);
    if (scope === 'device') return { ok: false, code: 'not_synced', reason: 'a per-PC setting never leaves the PC' };
    return { ok: true, table, rule: scope === 'team' ? { kind: 'team-config' } : { kind: 'personal' }, owner };
  }
  if (table === 'phrases') {
    const scope = (current ?? incoming).scope === 'personal' ? 'personal' : 'team';
    const rule = PHRASE_RULES[scope];
    return { ok: true, table, rule, owner: scope === 'personal' ? ownerFrom(rule, current ?? incoming) : null };
  }
  const rule = TABLE_RULES[table];
  if (!rule) return { ok: false, code: 'unknown_table', reason: `"${table}" is not a synced table` };
  return { ok: true, table, rule, owner: rule.owner ? ownerFrom(rule, current ?? incoming) : null };
}

function ownerFrom(rule: TableRule, fields: Record<string, unknown>): string | null {
  const v = rule.owner ? fields[rule.owner] : null;
  return typeof v === 'string' ? v : null;
}

/** Every table the server accepts mutations for (settings: only team and agent keys). */
export const SYNCED_TABLES: readonly string[] = [...Object.keys(TABLE_RULES), 'phrases', 'settings'];

/** Fields that describe the write rather than the record: LWW like the rest, never logged as conflicts. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['updatedAt', 'updatedBy']);

import Dexie, { type Table } from 'dexie';
import { storedSettingScope } from '@shared/domain/settings';
import { newId } from '@shared/lib/ids';
import type {
  Agent, AuditEntry, Buyer, BuyerPromise, Change, Contact, Conversation, Handover, Message, Note, NoteRevision, Order, Phrase, Product, Remark, Reminder, Review, Setting, Shop, Ticket,
} from '@shared/schemas/entities';
import { upgradeToV2 } from './migrations/v2';
import type { OutboxRow } from '@shared/domain/outbox';
import { DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V5, SCHEMA_V8, SCHEMA_V12 } from './schema';

/** A synced record as the shop server last sent it: what "changed" is measured against. */
export interface Shadow {
  table: string;
  id: string;
  version: number;
  fields: Record<string, unknown>;
  deletedAt: number | null;
  /**
   * Set while this PC has edits of the record not yet pushed that were made from an older
   * server version than this one (a pull overtook them): the version they were made from, so
   * the server can tell them from edits made knowing this one.
   */
  pendingBase?: number;
}

/** Sync bookkeeping that never leaves the PC and never goes into a backup (data/sync). */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** The local store: the source of truth on this PC. Only `renderer/src/data` sees this class. */
export class XiaoerDb extends Dexie {
  shops!: Table<Shop, string>;
  agents!: Table<Agent, string>;
  buyers!: Table<Buyer, string>;
  conversations!: Table<Conversation, string>;
  messages!: Table<Message, string>;
  orders!: Table<Order, string>;
  remarks!: Table<Remark, string>;
  reminders!: Table<Reminder, string>;
  phrases!: Table<Phrase, string>;
  tickets!: Table<Ticket, string>;
  reviews!: Table<Review, string>;
  contacts!: Table<Contact, string>;
  handovers!: Table<Handover, string>;
  notes!: Table<Note, string>;
  noteRevisions!: Table<NoteRevision, string>;
  promises!: Table<BuyerPromise, string>;
  products!: Table<Product, string>;
  settings!: Table<Setting, string>;
  audit!: Table<AuditEntry, string>;
  changes!: Table<Change, number>;
  shadows!: Table<Shadow, [string, string]>;
  syncState!: Table<SyncStateRow, string>;
  /** Buyer-facing actions on their way out (per PC): data/outbox. */
  outbox!: Table<OutboxRow, string>;
  /** This store's device id (made by the v2 upgrade or on first open): every change-log line names it. */
  deviceId = '';

  constructor(name = DB_NAME, indexedDB?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    // `strict` durability: Chromium flushes to disk before a write resolves, so a saved note
    // survives a crash or power cut (the default "relaxed" may lose the last writes).
    super(name, { chromeTransactionDurability: 'strict', ...(indexedDB ? indexedDB : {}) });
    this.version(1).stores(SCHEMA_V1);
    const upgradeDevice = newId();
    this.version(2).stores(SCHEMA_V2).upgrade((tx) => upgradeToV2(tx, upgradeDevice));
    // v5 only adds a table: nothing to upgrade, whichever of v3/v4 exist beside it.
    this.version(5).stores(SCHEMA_V5);
    this.version(8).stores(SCHEMA_V8);
    // v9 (issue 15): contact secrets sealed at rest. The rows are sealed after the store opens
    // (data/crypto/sealStore.ts: WebCrypto cannot run inside an upgrade transaction); the
    // upgrade only marks the store as holding rows from before.
    this.version(9).stores({}).upgrade((tx) => tx.table('syncState').put({ key: 'seal', value: 'pending' }));
    this.version(12).stores(SCHEMA_V12);

    this.on('ready', async () => {
      const known = (await this.syncState.get('device'))?.value;
      if (typeof known === 'string' && known) {
        this.deviceId = known;
        return;
      }
      this.deviceId = upgradeDevice;
      await this.syncState.put({ key: 'device', value: upgradeDevice });
    });
    // Every log line names its PC and says where it came from, and every setting carries its
    // scope, whichever code path writes them: stamped on the way down to IndexedDB.
    this.use({
      stack: 'dbcore',
      name: 'stamp-changes-and-settings',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'changes' && name !== 'settings') return table;
          const stamp = name === 'changes'
            ? (v: Change): Change => (v.device && v.origin ? v : { ...v, device: v.device ?? this.deviceId, origin: v.origin ?? 'local' })
            : (v: Setting): Setting => ({ ...v, scope: storedSettingScope(v.key) });
          return {
            ...table,
            mutate: (req) => (req.type === 'add' || req.type === 'put' ? table.mutate({ ...req, values: req.values.map((v) => stamp(v as never)) }) : table.mutate(req)),
          };
        },
      }),
    });
  }
}

/** Tables whose rows carry the tracked fields and go through repositories. */
export type TrackedTableName =
  | 'shops' | 'agents' | 'buyers' | 'conversations' | 'messages' | 'orders' | 'remarks' | 'reminders'
  | 'phrases' | 'tickets' | 'reviews' | 'contacts' | 'handovers' | 'notes' | 'noteRevisions' | 'products' | 'promises';

import Dexie, { type Table } from 'dexie';
import type {
  Agent, AuditEntry, Buyer, BuyerPromise, Change, Contact, Conversation, Handover, Message, Note, NoteRevision, Order, Phrase, Product, Remark, Reminder, Review, Setting, Shop, Ticket,
} from '@shared/schemas/entities';
import { DB_NAME, SCHEMA_V1 } from './schema';

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

  constructor(name = DB_NAME, indexedDB?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    // `strict` durability: Chromium flushes to disk before a write resolves, so a saved note
    // survives a crash or power cut (the default "relaxed" may lose the last writes).
    super(name, { chromeTransactionDurability: 'strict', ...(indexedDB ? indexedDB : {}) });
    this.version(1).stores(SCHEMA_V1);
  }
}

/** Tables whose rows carry the tracked fields and go through repositories. */
export type TrackedTableName =
  | 'shops' | 'agents' | 'buyers' | 'conversations' | 'messages' | 'orders' | 'remarks' | 'reminders'
  | 'phrases' | 'tickets' | 'reviews' | 'contacts' | 'handovers' | 'notes' | 'noteRevisions' | 'products' | 'promises';

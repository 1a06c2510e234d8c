import type { Agent, Buyer, Contact, Conversation, Message, Order, Product, Remark, Reminder, Review, Shop, Ticket } from '../../schemas/entities';

/** Every record of a generated demo shop, by table. Plain data, ready to bulk-put. */
export interface DemoStore {
  shops: Shop[];
  agents: Agent[];
  buyers: Buyer[];
  products: Product[];
  orders: Order[];
  remarks: Remark[];
  conversations: Conversation[];
  messages: Message[];
  reminders: Reminder[];
  tickets: Ticket[];
  reviews: Review[];
  contacts: Contact[];
}

export interface DemoOptions {
  /** Any integer; the same seed and `now` give deep-equal output. */
  seed: number;
  /** The moment the demo is generated for: recent activity is placed relative to it. */
  now: number;
}

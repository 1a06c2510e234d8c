import type { EntityKind } from '@shared/schemas/tabs';
import { getDb } from '../store';

/** A human title for an entity tab opened from outside (tray menu, notification click). */
export async function entityTitle(entity: EntityKind, id: string): Promise<string> {
  const db = getDb();
  switch (entity) {
    case 'order':
      return (await db.orders.get(id))?.orderNo ?? id;
    case 'buyer':
      return (await db.buyers.get(id))?.nick ?? id;
    case 'conversation': {
      const conv = await db.conversations.get(id);
      return (conv && (await db.buyers.get(conv.buyerId))?.nick) ?? id;
    }
    case 'case': {
      const ticket = await db.tickets.get(id);
      if (ticket) return ticket.summary.slice(0, 20) || id;
      return (await db.reviews.get(id))?.text.slice(0, 20) ?? id;
    }
  }
}

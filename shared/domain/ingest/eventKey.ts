import { sha256Hex } from '../../lib/sha256';

/**
 * An event is identified by its shop and its eventId together: two shops' ERPs count their ids
 * independently, so shop B's `1001` after shop A's `1001` is a second event, not a duplicate.
 * `/` never occurs in an eventId, so a key is unambiguous and a bare id (journals written before
 * this rule) is recognisable by having none.
 */
export const eventKey = (event: { shopId: string; eventId: string }): string => `${event.shopId}/${event.eventId}`;

/**
 * Ids of the records an event creates: derived from its key, so applying it again finds its own
 * records. Hashed because shop id + eventId can exceed an `Id`'s 64 characters.
 */
export function derivedIds(event: { shopId: string; eventId: string }) {
  const h = sha256Hex(eventKey(event)).slice(0, 40);
  return { conversation: `ic.${h}`, message: `im.${h}`, review: `ir.${h}` };
}

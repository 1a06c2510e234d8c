import type { WriteContext } from '../repositories/tracked';
import { updateReview } from '../cases/reviews';
import { updateTicket } from '../cases/tickets';

/**
 * A supervisor hands a 售后 case or a 中差评 to another agent (issue 13 §5): the case's owner
 * changes, and the other agent's PC shows it in their cases once it syncs.
 */
export async function reassignCase(kind: 'ticket' | 'review', id: string, to: string, ctx: WriteContext): Promise<void> {
  if (kind === 'ticket') await updateTicket(id, { ownerId: to }, ctx);
  else await updateReview(id, { ownerId: to }, ctx);
}

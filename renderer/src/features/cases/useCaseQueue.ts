import { useRef, type RefObject } from 'react';
import { useCommands } from '../../ui/commands';
import { moveFocus } from '../../ui/roving';
import { caseQueueCommands } from './commands';

/**
 * The 售后 and 评价 queues as roving lists: binds ↑↓ / J K / Home End over the list the returned
 * ref is put on, moving the focus along the rows `items` selects (Enter opens the row).
 */
export function useCaseQueue(items: string): RefObject<HTMLUListElement | null> {
  const list = useRef<HTMLUListElement>(null);
  useCommands(caseQueueCommands, { move: (to) => void moveFocus(list.current, items, to) }, list);
  return list;
}

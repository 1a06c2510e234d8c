import type { TabTarget } from '@shared/schemas/tabs';
import { latestConversationOf } from '../data';
import { NEW_CASE_FIELD, useFocusIntent } from '../state/focusIntent';
import { useTabs } from '../state/tabs';

/**
 * What a Ctrl+K hit does in place, so the common jobs take a few keys: an order's 备注 lands in
 * its remark box, its 催付 on its row of the 催付 queue, its 登记售后 in the new-case form; a
 * buyer opens the chat with the reply box focused.
 */
export type OrderAction = 'remark' | 'remind' | 'newCase';

/** Alt+letter from the palette's input, so the order number typed there stays as it is. */
export const ORDER_ACTION_KEYS: Readonly<Record<OrderAction, string>> = { remark: 'b', remind: 'p', newCase: 'a' };
export const ORDER_ACTIONS = Object.keys(ORDER_ACTION_KEYS) as OrderAction[];

const openWithFocus = (target: TabTarget, title: string, key: string, selector: string): void => {
  useFocusIntent.getState().request(key, selector);
  useTabs.getState().open(target, title);
};

export function runOrderAction(action: OrderAction, order: { id: string; orderNo: string }): void {
  const tab = `order:${order.id}`;
  if (action === 'remark') openWithFocus({ entity: 'order', id: order.id }, order.orderNo, tab, '[data-testid="remark-input"]');
  else if (action === 'newCase') openWithFocus({ entity: 'order', id: order.id }, order.orderNo, tab, NEW_CASE_FIELD);
  // Not in the queue (paid, or no step planned): the queue itself takes the focus.
  else openWithFocus({ tab: 'payments' }, 'payments', 'payments', `[data-testid="payment-item"][data-order-id="${CSS.escape(order.id)}"]`);
}

/** A buyer from Ctrl+K: their chat, ready to type; a buyer who never chatted opens their page. */
export async function openBuyerChat(buyer: { id: string; nick: string }): Promise<void> {
  const conversation = await latestConversationOf(buyer.id);
  if (conversation) openWithFocus({ entity: 'conversation', id: conversation }, buyer.nick, `conversation:${conversation}`, '[data-testid="composer"]');
  else useTabs.getState().open({ entity: 'buyer', id: buyer.id }, buyer.nick);
}

import { preloadShared } from '../live/shared';
import { messagesOf } from '../queries/conversations';
import { conversationWithParties } from '../queries/queue';

/** The reads a chat pane shows first, by the keyed shared reads the pane itself uses. */
export const chatHistory = (conversationId: string) => messagesOf(conversationId);
export const chatHead = conversationWithParties;

/**
 * Starts reading a conversation the agent just picked, in the click itself: the history and
 * the header are asked of IndexedDB before the chat pane renders and its side panels (buyer,
 * orders, cases) queue their own reads ahead of them.
 */
export function preloadConversation(conversationId: string): void {
  preloadShared(chatHistory, conversationId);
  preloadShared(chatHead, conversationId);
}

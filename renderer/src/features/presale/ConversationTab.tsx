import type { Agent } from '@shared/schemas/entities';
import { ChatPane } from './ChatPane';

export function ConversationTab({ id, agent }: { id: string; agent: Agent }) {
  return (
    <div className="presale__chat presale__chat--solo">
      <ChatPane conversationId={id} agent={agent} />
    </div>
  );
}

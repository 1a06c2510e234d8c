import { MINUTE } from '@shared/lib/time';
import { listAgents, useLive } from '../../data';
import { bargainRequestsOf } from '../../data';
import { useNow } from '../../ui/useNow';
import { BargainSummary } from './BargainSummary';

/** This buyer's 让价 requests and their answers, under the chat head, so the agent sees the answer come in. */
export function BargainStrip({ conversationId }: { conversationId: string }) {
  const now = Math.floor(useNow(60_000) / MINUTE) * MINUTE;
  const requests = useLive(() => bargainRequestsOf(conversationId, now), [conversationId, now], []);
  const agents = useLive(listAgents, [], []);
  if (requests.length === 0) return null;
  return (
    <div className="bargain-strip" data-testid="bargain-strip">
      {requests.slice(0, 3).map((r) => <BargainSummary key={r.id} request={r} answeredBy={agents.find((a) => a.id === r.answer?.by)?.name ?? null} />)}
    </div>
  );
}

import { OutboxAckBody, OUTBOX_ACK_MAX, type OutboxAckLine } from '../../schemas/outbox';

export interface AckProblem {
  /** Index in `acks`, or null when the body as a whole is wrong. */
  index: number | null;
  id: string | null;
  field: string;
  reason: string;
}

export type CheckedAcks = { ok: true; acks: OutboxAckLine[] } | { ok: false; problems: AckProblem[] };

/**
 * POST /v1/outbox/ack's body: `{"acks":[{id, status: delivered|failed, reason?}]}`. A malformed
 * body is refused whole (nothing changes): an ack is cheap to resend and a half-applied batch of
 * acks would be hard for a bridge to reason about.
 */
export function checkAcks(raw: unknown): CheckedAcks {
  const parsed = OutboxAckBody.safeParse(raw);
  if (parsed.success) return { ok: true, acks: parsed.data.acks };
  const problems = parsed.error.issues.slice(0, 20).map((issue): AckProblem => {
    const [top, index, field] = issue.path;
    if (top === 'acks' && typeof index === 'number') {
      const line = (raw as { acks?: unknown[] }).acks?.[index] as { id?: unknown } | undefined;
      return { index, id: typeof line?.id === 'string' ? line.id : null, field: typeof field === 'string' ? field : 'acks', reason: issue.message };
    }
    const reason = top === 'acks' && issue.code === 'too_big' ? `at most ${OUTBOX_ACK_MAX} acks` : issue.message;
    return { index: null, id: null, field: typeof top === 'string' ? top : 'body', reason };
  });
  return { ok: false, problems };
}

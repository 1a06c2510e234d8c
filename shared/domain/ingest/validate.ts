import type { z } from 'zod';
import { INGEST_MAX_EVENTS, INGEST_TYPES, IngestEvent, type IngestProblem } from '../../schemas/ingest';
import { zodProblems } from '../../lib/problem';
import { cleanNick, cleanRecordTexts, type TextFault } from '../../lib/textHygiene';

export interface CheckedBatch {
  /** Valid events in batch order, each with its index in the batch. */
  valid: { index: number; event: IngestEvent }[];
  problems: IngestProblem[];
  /** Set when the body is not a batch at all; then nothing is accepted. */
  error: string | null;
}

const MAX_PROBLEMS = 100;

function eventIdOf(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { eventId?: unknown }).eventId : undefined;
  return typeof id === 'string' ? id.slice(0, 80) : null;
}

/** The endpoint answers its senders (ERPs, bridges) in English, one reason per refused event. */
function firstIssue(error: z.ZodError, raw: unknown): { field: string; reason: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '(event)', reason: 'invalid' };
  if (issue.code === 'unrecognized_keys') return { field: issue.keys.join(','), reason: 'unknown field' };
  if (issue.code === 'invalid_union' && issue.path.join('.') === 'type') return { field: 'type', reason: `unknown event type (one of ${INGEST_TYPES.join(', ')})` };
  // Missing rather than malformed: told by the value itself (zodProblems), not by sniffing zod's wording.
  if (issue.code === 'invalid_type' && zodProblems(error, { input: raw, limit: 1 })[0]?.code === 'required') return { field: issue.path.join('.'), reason: 'required' };
  return { field: issue.path.length ? issue.path.join('.') : '(event)', reason: issue.message };
}

const FAULT_REASON: Record<TextFault, string> = { nul: 'contains a NUL character', encoding: 'contains U+FFFD (text decoded from the wrong encoding)' };

/** The event's texts cleaned (textHygiene: invisible characters removed, nick NFKC), or why it is refused. */
function cleanEvent(event: IngestEvent): { ok: true; event: IngestEvent } | { ok: false; field: string; reason: string } {
  const cleaned = cleanRecordTexts(event);
  if (!cleaned.ok) return { ok: false, field: cleaned.field, reason: FAULT_REASON[cleaned.fault] };
  if (!('buyerNick' in cleaned.value)) return { ok: true, event: cleaned.value };
  const nick = cleanNick(cleaned.value.buyerNick);
  if (!nick.ok) return { ok: false, field: 'buyerNick', reason: FAULT_REASON[nick.fault] };
  if (!nick.value) return { ok: false, field: 'buyerNick', reason: 'empty once invisible characters are removed' };
  return { ok: true, event: { ...cleaned.value, buyerNick: nick.value } };
}

/**
 * Checks a parsed request body event by event. A batch is not all-or-nothing: good events are
 * accepted and each bad one is named by index, eventId, field and reason, so one typo in a
 * bridge never holds back (or loses) the rest of the shop's events.
 */
export function checkBatch(body: unknown): CheckedBatch {
  const events = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) return { valid: [], problems: [], error: 'the body must be {"events": [...]}' };
  const extra = Object.keys(body as object).filter((k) => k !== 'events');
  if (extra.length) return { valid: [], problems: [], error: `unknown top-level field ${extra.join(',')}` };
  if (events.length === 0) return { valid: [], problems: [], error: 'events is empty' };
  if (events.length > INGEST_MAX_EVENTS) return { valid: [], problems: [], error: `at most ${INGEST_MAX_EVENTS} events per batch (got ${events.length})` };
  const valid: CheckedBatch['valid'] = [];
  const problems: IngestProblem[] = [];
  events.forEach((raw, index) => {
    const parsed = IngestEvent.safeParse(raw);
    if (!parsed.success) {
      if (problems.length < MAX_PROBLEMS) problems.push({ index, eventId: eventIdOf(raw), ...firstIssue(parsed.error, raw) });
      return;
    }
    const clean = cleanEvent(parsed.data);
    if (!clean.ok) {
      if (problems.length < MAX_PROBLEMS) problems.push({ index, eventId: parsed.data.eventId, field: clean.field, reason: clean.reason });
      return;
    }
    valid.push({ index, event: clean.event });
  });
  return { valid, problems, error: null };
}

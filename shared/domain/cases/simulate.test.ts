import { describe, expect, it } from 'vitest';
import { caseSimEvent, simAnswer } from './simulate';
import { TICKET_TYPES } from './kinds';

describe('case simulator plan', () => {
  it('over time produces a request of every type and a review of every cause', () => {
    const events = Array.from({ length: 400 }, (_, n) => caseSimEvent(n)).filter((e) => e !== null);
    expect(new Set(events.flatMap((e) => (e?.kind === 'request' ? [e.type] : [])))).toEqual(new Set(TICKET_TYPES));
    expect(new Set(events.flatMap((e) => (e?.kind === 'review' ? [e.cause] : []))).size).toBe(5);
  });

  it('buyers answer some contacts and not others, the same way every time', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `C${i}`);
    const answers = ids.map((id) => simAnswer(id, 'review'));
    expect(answers.some((a) => a === null)).toBe(true);
    expect(answers.some((a) => a !== null)).toBe(true);
    expect(ids.map((id) => simAnswer(id, 'review'))).toEqual(answers);
  });
});

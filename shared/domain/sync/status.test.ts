import { describe, expect, it } from 'vitest';
import { ConversationStatus, ReminderState, ReviewStatus, TicketStatus, TicketStep } from '../../schemas/entities';
import { BuyerPromise } from '../../schemas/shift';
import { compareRanks, CONVERSATION_STATUS_RANK, PROMISE_STATE_RANK, REMINDER_STATE_RANK, REVIEW_STATUS_RANK, STATUS_RULES, TICKET_STATUS_RANK, TICKET_STEP_RANK } from './status';

describe('the forward order of workflow statuses', () => {
  it.each([
    ['ticket status', TicketStatus.options, TICKET_STATUS_RANK],
    ['ticket step', TicketStep.options, TICKET_STEP_RANK],
    ['review status', ReviewStatus.options, REVIEW_STATUS_RANK],
    ['reminder state', ReminderState.options, REMINDER_STATE_RANK],
    ['promise state', BuyerPromise.shape.state.options, PROMISE_STATE_RANK],
    ['conversation status', ConversationStatus.options, CONVERSATION_STATUS_RANK],
  ])('ranks every %s the schema allows, and nothing else', (_name, options, ranks) => {
    expect(Object.keys(ranks).sort()).toEqual([...options].sort());
  });

  it('ranks the first value of each workflow lowest', () => {
    expect([TICKET_STATUS_RANK.open, TICKET_STEP_RANK.soothe, REVIEW_STATUS_RANK.new, REMINDER_STATE_RANK.due, PROMISE_STATE_RANK.open, CONVERSATION_STATUS_RANK.waiting]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it.each([
    [[1], [0], 1],
    [[0], [1], -1],
    [[3], [3], 0],
    [[100, 0], [50, 2], 1],
    [[50, 0], [50, 2], -2],
  ])('compares rank %j with %j as %d', (a, b, sign) => {
    expect(Math.sign(compareRanks(a, b))).toBe(Math.sign(sign));
  });

  it('ranks a handover drafted < signed out < signed in', () => {
    const [rule] = STATUS_RULES.handovers ?? [];
    const rank = (r: Record<string, unknown>) => rule?.rank(r)[0];
    expect([rank({ signedOutAt: null, signedInAt: null }), rank({ signedOutAt: 1, signedInAt: null }), rank({ signedOutAt: 1, signedInAt: 2 })]).toEqual([0, 1, 2]);
  });
});

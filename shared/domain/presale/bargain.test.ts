import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../schemas/entities';
import { problem } from '../../lib/problem';
import {
  BARGAIN_ANSWER, BARGAIN_ASK, DEFAULT_BARGAIN_LIMITS, bargainRequests, checkAnswer, checkAuthority, validateBargainAsk, validateBargainLimits, type BargainAsk,
} from './bargain';

const ask = (discountFen: number, giftFen = 0, priceFen = 15900): BargainAsk => ({ priceFen, discountFen, giftFen, gift: giftFen ? '袜子' : '', note: '' });

describe('is this within my authority (agent 5 % / ¥10 gift, supervisor 15 % / ¥50)', () => {
  it.each<[string, 'agent' | 'supervisor', BargainAsk, boolean, ('discount' | 'gift')[]]>([
    ['an agent may take ¥7.95 off ¥159 (5 %)', 'agent', ask(795), true, []],
    ['one fen more is above an agent', 'agent', ask(796), false, ['discount']],
    ['an agent may give a ¥10 gift', 'agent', ask(0, 1000), true, []],
    ['a ¥20 gift is above an agent', 'agent', ask(0, 2000), false, ['gift']],
    ['both above at once names both', 'agent', ask(2000, 2000), false, ['discount', 'gift']],
    ['a supervisor may take ¥20 off ¥159', 'supervisor', ask(2000), true, []],
    ['¥30 off ¥159 is above a supervisor too', 'supervisor', ask(3000), false, ['discount']],
  ])('%s', (_name, role, a, within, over) => {
    expect(checkAuthority(DEFAULT_BARGAIN_LIMITS, role, a)).toMatchObject({ within, over });
  });
});

describe('what an agent asks for', () => {
  it.each<[string, BargainAsk, ReturnType<typeof problem>[]]>([
    ['a discount on a price', ask(2000), []],
    ['nothing at all', ask(0), [problem('nothingAsked', { field: 'bargain.ask' })]],
    ['more off than the price', ask(15900), [problem('discountAbovePrice', { field: 'bargain.ask.discountFen', params: { priceFen: 15900 } })]],
    ['a discount without a price', ask(500, 0, 0), [problem('required', { field: 'bargain.ask.priceFen' })]],
    ['a gift without saying what', { ...ask(0, 2000), gift: ' ' }, [problem('required', { field: 'bargain.ask.gift' })]],
    ['a negative amount', ask(-1), [problem('amountInvalid', { field: 'bargain.ask.discountFen' })]],
  ])('%s', (_name, a, problems) => {
    expect(validateBargainAsk(a)).toEqual(problems);
  });

  it('limits where a supervisor may allow less than an agent are refused', () => {
    expect(validateBargainLimits({ agent: { discountPct: 10, giftFen: 1000 }, supervisor: { discountPct: 5, giftFen: 1000 } })).toEqual({
      ok: false, error: [problem('tooSmall', { field: 'bargain.supervisor.discountPct', params: { min: 10 } })],
    });
  });
});

const entry = (id: string, action: string, subjectId: string, at: number, agentId: string, detail: Record<string, string | number>, reason = ''): AuditEntry => ({ id, action, subjectId, at, agentId, reason, detail });

describe('requests and answers read from the audit log', () => {
  const asked = entry('R1', BARGAIN_ASK, 'C1', 100, 'A1', { shopId: 'S1', priceFen: 15900, discountFen: 2000, giftFen: 0, gift: '' }, '老顾客');
  const other = entry('R2', BARGAIN_ASK, 'C2', 200, 'A1', { shopId: 'S1', priceFen: 9900, discountFen: 0, giftFen: 2000, gift: '袜子' });

  it('a request without an answer is pending; the newest request comes first', () => {
    expect(bargainRequests([asked, other]).map((r) => [r.id, r.state])).toEqual([['R2', 'pending'], ['R1', 'pending']]);
    expect(bargainRequests([asked])[0]).toMatchObject({ conversationId: 'C1', shopId: 'S1', askedBy: 'A1', ask: { priceFen: 15900, discountFen: 2000, note: '老顾客' } });
  });

  it('the first answer wins when two supervisors answered at once', () => {
    const late = entry('X2', BARGAIN_ANSWER, 'R1', 400, 'S2', { decision: 'declined', discountFen: 0, giftFen: 0 });
    const early = entry('X1', BARGAIN_ANSWER, 'R1', 300, 'S1', { decision: 'approved', discountFen: 1500, giftFen: 0 }, '最多15');
    const [r] = bargainRequests([asked, late, early]);
    expect(r).toMatchObject({ state: 'approved', answer: { by: 'S1', discountFen: 1500, note: '最多15', at: 300 } });
  });

  it.each<[string, Parameters<typeof checkAnswer>[2], ReturnType<typeof problem> | null]>([
    ['approving within the supervisor’s limit', { decision: 'approved', discountFen: 2000, giftFen: 0 }, null],
    ['approving more than a supervisor may', { decision: 'approved', discountFen: 3000, giftFen: 0 }, problem('aboveAuthority', { field: 'bargain.answer.discountFen', params: { maxFen: 2385 } })],
    ['declining is always possible', { decision: 'declined', discountFen: 0, giftFen: 0 }, null],
  ])('a supervisor’s answer: %s', (_name, answer, result) => {
    expect(checkAnswer(DEFAULT_BARGAIN_LIMITS, bargainRequests([asked])[0]!, answer)).toEqual(result);
  });

  it('a request answered already cannot be answered again', () => {
    const answered = bargainRequests([asked, entry('X1', BARGAIN_ANSWER, 'R1', 300, 'S1', { decision: 'declined', discountFen: 0, giftFen: 0 })])[0]!;
    expect(checkAnswer(DEFAULT_BARGAIN_LIMITS, answered, { decision: 'approved', discountFen: 100, giftFen: 0 })).toEqual(problem('alreadyAnswered', { field: 'bargain.answer' }));
  });
});

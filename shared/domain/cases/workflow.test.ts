import { describe, expect, it } from 'vitest';
import type { Ticket, TicketStep, TicketType } from '../../schemas/cases';
import { DAY, fromShanghai } from '../../lib/time';
import { checkRefundAmount, checkTicketResolve, checkTicketStep, nextStep } from './workflow';
import { TICKET_TYPES, firstDueAt } from './kinds';

const NOW = fromShanghai(2026, 3, 31, 15, 0);

const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  id: 'T1', updatedAt: NOW, updatedBy: 'A1', deletedAt: null, type: 'tracking', shopId: 'S1', orderId: 'O1', buyerId: 'B1',
  status: 'open', step: 'soothe', dueAt: NOW, summary: '', trackingNo: null, resolution: null, amountFen: null, responsible: null,
  ownerId: 'A1', createdAt: NOW, ...over,
});

describe('aftersale steps', () => {
  it.each<[TicketStep, TicketStep | null]>([['soothe', 'verify'], ['verify', 'handle'], ['handle', 'track'], ['track', 'revisit'], ['revisit', null]])('after %s comes %s', (s, n) => {
    expect(nextStep(s)).toBe(n);
  });

  it.each<[string, Partial<Ticket>, TicketStep, number, string | null]>([
    ['a plain step forward is allowed', { step: 'soothe' }, 'verify', 0, null],
    ['skipping a step is refused', { step: 'soothe' }, 'handle', 0, 'stepSkipped'],
    ['jumping straight to 回访 is refused', { step: 'verify' }, 'revisit', 0, 'stepSkipped'],
    ['going back is refused', { step: 'handle' }, 'verify', 0, 'stepBackwards'],
    ['a quality case cannot leave 核实 without photos', { type: 'quality', step: 'verify' }, 'handle', 0, 'photosRequired'],
    ['a quality case with a photo can', { type: 'quality', step: 'verify' }, 'handle', 1, null],
    ['少发 needs the reshipment tracking before 跟踪', { type: 'missing_item', step: 'handle' }, 'track', 0, 'trackingRequired'],
    ['少发 with tracking may go to 跟踪', { type: 'missing_item', step: 'handle', trackingNo: 'YT1' }, 'track', 0, null],
    ['丢件 needs the reshipment tracking too', { type: 'lost_parcel', step: 'handle' }, 'track', 0, 'trackingRequired'],
    ['no 回访 without a resolution', { step: 'track' }, 'revisit', 0, 'resolutionRequired'],
    ['a blank resolution does not count', { step: 'track', resolution: '  ' }, 'revisit', 0, 'resolutionRequired'],
    ['错发 needs the responsible person before 回访', { type: 'wrong_item', step: 'track', resolution: '已换货' }, 'revisit', 0, 'responsibleRequired'],
    ['错发 with a responsible person may go to 回访', { type: 'wrong_item', step: 'track', resolution: '已换货', responsible: '仓库小王' }, 'revisit', 0, null],
    ['a closed case does not move', { status: 'resolved', step: 'track' }, 'revisit', 0, 'notOpen'],
    ['a 7-day return inside the window goes on', { type: 'return_7day', step: 'verify', fields: { receivedAt: NOW - 3 * DAY } }, 'handle', 0, null],
    ['a 7-day return past the window is refused', { type: 'return_7day', step: 'verify', fields: { receivedAt: NOW - 8 * DAY } }, 'handle', 0, 'returnIneligible'],
    ['a 7-day return of worn clothes is refused', { type: 'return_7day', step: 'verify', fields: { receivedAt: NOW - DAY, worn: true } }, 'handle', 0, 'returnIneligible'],
    ['a 7-day return without a receipt date is refused', { type: 'return_7day', step: 'verify' }, 'handle', 0, 'returnIneligible'],
  ])('%s', (_name, over, to, photos, code) => {
    expect(checkTicketStep(ticket(over), to, { photoCount: photos, now: NOW })?.code ?? null).toBe(code);
  });

  it.each(TICKET_TYPES)('a %s case walks the whole way to 回访 once its needs are met', (type: TicketType) => {
    let t = ticket({ type, fields: { receivedAt: NOW - DAY } });
    for (const to of ['verify', 'handle', 'track', 'revisit'] as const) {
      if (to === 'track') t = { ...t, trackingNo: 'SF100' };
      if (to === 'revisit') t = { ...t, resolution: '已处理', responsible: '仓库小王' };
      expect(checkTicketStep(t, to, { photoCount: 1, now: NOW })).toBeNull();
      t = { ...t, step: to };
    }
    expect(checkTicketResolve(t)).toBeNull();
  });

  it('a case is resolved only from 回访 with a resolution', () => {
    expect(checkTicketResolve(ticket({ step: 'track', resolution: 'x' }))?.code).toBe('resolveBeforeRevisit');
    expect(checkTicketResolve(ticket({ step: 'revisit' }))?.code).toBe('resolutionRequired');
  });

  it('the first answer is due by the type\'s own time', () => {
    expect(firstDueAt('intercept', NOW) - NOW).toBe(4 * 3_600_000);
    expect(firstDueAt('lost_parcel', NOW) - NOW).toBe(2 * DAY);
  });
});

describe('refund amount', () => {
  it.each<[number | null, number | null, string | null]>([
    [null, 5900, null],
    [5900, 5900, null],
    [5901, 5900, 'amountAboveOrder'],
    [0, 5900, null],
    [-1, 5900, 'amountInvalid'],
    [12.5, 5900, 'amountInvalid'],
    [100_000, null, null],
  ])('refunding %s fen on an order of %s fen gives %s', (amount, total, code) => {
    const p = checkRefundAmount(amount, total);
    expect(p?.code ?? null).toBe(code);
    if (p) expect(p.field).toBe('amountFen');
  });
});

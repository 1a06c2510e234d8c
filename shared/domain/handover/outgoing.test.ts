import { describe, expect, it } from 'vitest';
import { fromShanghai } from '../../lib/time';
import type { CompiledItem, HandoverSection } from './compile';
import { draftFromRecord, freeItem, handoverContents, outgoingView, type OutgoingDraft } from './outgoing';

const item = (key: string, kind = 'tickets'): CompiledItem => ({ key, kind, label: key, detail: '', shopName: '棉麻旗舰店', dueAt: null, urgency: 2, target: null });
const sections: HandoverSection[] = [
  { kind: 'waiting', items: [item('waiting:c1', 'waiting')], more: 0 },
  { kind: 'tickets', items: [item('ticket:t1'), item('ticket:t2')], more: 3 },
];
const DAY_SHIFT = { key: 'day', startAt: fromShanghai(2026, 5, 10, 9, 0), endAt: fromShanghai(2026, 5, 10, 18, 0) };
const empty: OutgoingDraft = { notes: {}, excluded: {}, extra: [], free: '' };

describe('the outgoing handover view', () => {
  it('each section counts the items beyond the cap too', () => {
    expect(outgoingView(sections).sections.map((s) => [s.kind, s.total, s.more])).toEqual([['waiting', 1, 0], ['tickets', 5, 3]]);
  });

  it.each([
    { name: 'while the open items are still being read nothing is said', sections: null, nothingOpen: false },
    { name: 'once read with nothing open, it says so', sections: [], nothingOpen: true },
    { name: 'with open items there is nothing to say', sections, nothingOpen: false },
  ])('$name', ({ sections: s, nothingOpen }) => {
    expect(outgoingView(s).nothingOpen).toBe(nothingOpen);
  });
});

describe('items added by hand', () => {
  it.each([
    { name: 'the text is trimmed', text: '  给小鱼回电话  ', label: '给小鱼回电话' },
    { name: 'a long text is cut to 300 characters', text: '长'.repeat(400), label: '长'.repeat(300) },
  ])('$name', ({ text, label }) => {
    expect(freeItem('X1', text)).toMatchObject({ key: 'note:X1', kind: 'note', label, urgency: 1, note: '', ackBy: null, claimedBy: null });
  });

  it('blank text adds nothing', () => {
    expect(freeItem('X1', '   ')).toBeNull();
  });
});

describe('the handover record', () => {
  it('names the shift being handed over and its Shanghai date', () => {
    const c = handoverContents(sections, empty, DAY_SHIFT);
    expect([c.shiftKey, c.shiftDate]).toEqual(['day', '2026-05-10']);
  });

  it('lists items added by hand first, then every compiled item not left out, each with its note', () => {
    const extra = freeItem('X1', '给小鱼回电话')!;
    const c = handoverContents(sections, { notes: { 'ticket:t2': '等仓库回复', [extra.key]: '下午三点前' }, excluded: { 'ticket:t1': true }, extra: [extra], free: '今天单量大' }, DAY_SHIFT);
    expect(c.items.map((i) => [i.key, i.note])).toEqual([['note:X1', '下午三点前'], ['waiting:c1', ''], ['ticket:t2', '等仓库回复']]);
    expect(c.items.every((i) => i.ackBy === null && i.ackAt === null && i.claimedBy === null)).toBe(true);
    expect(c.notes).toBe('今天单量大');
  });

  it('an item added by hand keeps its own note when none was typed since', () => {
    const extra = { ...freeItem('X1', '补发')!, note: '已约快递' };
    expect(handoverContents([], { ...empty, extra: [extra] }, DAY_SHIFT).items[0]?.note).toBe('已约快递');
  });

  it('a saved draft comes back as its notes, its items added by hand and its free notes', () => {
    const saved = handoverContents(sections, { notes: { 'ticket:t1': '看一下' }, excluded: {}, extra: [freeItem('X1', '回电话')!], free: '备注' }, DAY_SHIFT);
    const back = draftFromRecord(saved);
    expect(back.extra.map((i) => i.key)).toEqual(['note:X1']);
    expect(back.notes['ticket:t1']).toBe('看一下');
    expect(back.free).toBe('备注');
  });
});

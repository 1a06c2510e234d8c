import { describe, expect, it } from 'vitest';
import { ruleFor, settingScope, SYNCED_TABLES, TABLE_RULES } from './kinds';

describe('which merge rule a table follows', () => {
  it.each([
    ['remarks', 'append-only'], ['messages', 'append-only'], ['contacts', 'append-only'], ['noteRevisions', 'append-only'], ['audit', 'append-only'], ['photos', 'append-only'],
    ['tickets', 'workflow'], ['reviews', 'workflow'], ['reminders', 'workflow'], ['promises', 'workflow'], ['conversations', 'workflow'], ['handovers', 'workflow'],
    ['orders', 'platform'], ['buyers', 'platform'], ['products', 'platform'],
    ['shops', 'team-config'], ['agents', 'team-config'],
    ['notes', 'personal'],
  ])('%s are %s', (table, kind) => {
    expect(TABLE_RULES[table]?.kind).toBe(kind);
  });

  it('syncs every table of the PC’s store except the change log itself', () => {
    const store = ['shops', 'agents', 'buyers', 'conversations', 'messages', 'orders', 'remarks', 'reminders', 'phrases', 'tickets', 'reviews', 'contacts', 'photos', 'handovers', 'notes', 'noteRevisions', 'promises', 'products', 'settings', 'audit'];
    expect([...SYNCED_TABLES].sort()).toEqual(store.sort());
  });

  it('treats a team phrase as team config and a personal phrase as its owner’s', () => {
    expect(ruleFor('phrases', 'p1', null, { scope: 'team', ownerId: null })).toMatchObject({ ok: true, rule: { kind: 'team-config' }, owner: null });
    expect(ruleFor('phrases', 'p1', null, { scope: 'personal', ownerId: 'ag1' })).toMatchObject({ ok: true, rule: { kind: 'personal' }, owner: 'ag1' });
  });

  it('keeps a phrase personal while the server holds it personal, whatever an edit says', () => {
    expect(ruleFor('phrases', 'p1', { scope: 'personal', ownerId: 'ag1' }, { scope: 'team' })).toMatchObject({ rule: { kind: 'personal' }, owner: 'ag1' });
  });

  it('treats a note without an owner as shared (no owner check)', () => {
    expect(ruleFor('notes', 'n1', { ownerId: null }, {})).toMatchObject({ ok: true, owner: null });
  });

  it('refuses the change log and unknown tables', () => {
    expect(ruleFor('changes', '1', null, {})).toMatchObject({ ok: false, code: 'unknown_table' });
  });
});

describe('a setting’s scope, from its key', () => {
  it.each([
    ['team/payments', 'team', null],
    ['shop/s1/autoReply', 'team', null],
    ['presale/lintLists', 'team', null],
    ['shiftChecklist:config', 'team', null],
    ['agent/ag7/sound', 'agent', 'ag7'],
    ['shiftChecklist:ag7:2025-06-01', 'agent', 'ag7'],
    ['orders.remarkDraft.ag7.o-1', 'agent', 'ag7'],
    ['ui.density', 'device', null],
    ['presale/peakMode', 'device', null],
    ['ingest/cursor', 'device', null],
    ['demo.simulator', 'device', null],
    ['something.new', 'device', null],
  ])('%s is a %s setting', (key, scope, owner) => {
    expect(settingScope(key)).toEqual({ scope, owner });
  });
});

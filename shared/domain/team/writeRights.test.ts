import { describe, expect, it } from 'vitest';
import type { SyncMutation } from '../../schemas/sync';
import { checkWriteRights, type Writer } from './writeRights';

const accounts = new Set(['jie', 'li', 'boss']);
const agent: Writer = { agentId: 'jie', role: 'agent', teamAccounts: accounts };
const boss: Writer = { agentId: 'boss', role: 'supervisor', teamAccounts: accounts };
const m = (over: Partial<SyncMutation> & Pick<SyncMutation, 'table' | 'id'>): SyncMutation => ({ mutationId: 'm', deviceId: 'd', agentId: 'jie', op: 'put', fields: {}, baseVersion: 0, at: 1, ...over });

describe('what a signed-in account may push', () => {
  it.each([
    ['an agent writing a team phrase is refused', m({ table: 'phrases', id: 'p', fields: { scope: 'team', text: '亲' } }), agent, 'supervisor_only'],
    ['a supervisor writes a team phrase', m({ table: 'phrases', id: 'p', fields: { scope: 'team', text: '亲', updatedBy: 'boss' } }), boss, null],
    ['an agent writes a personal phrase', m({ table: 'phrases', id: 'p', fields: { scope: 'personal', ownerId: 'jie', updatedBy: 'jie' } }), agent, null],
    ['an agent changing a shop (its 催付 policy) is refused', m({ table: 'shops', id: 's', fields: { rules: {} } }), agent, 'supervisor_only'],
    ['an agent adding an agent is refused', m({ table: 'agents', id: 'x', fields: { role: 'supervisor' } }), agent, 'supervisor_only'],
    ['an agent writing a team setting is refused', m({ table: 'settings', id: 'team/shift', fields: { value: 1 } }), agent, 'supervisor_only'],
    ['an agent deleting a team phrase is refused', m({ table: 'phrases', id: 'p', op: 'delete' }), agent, 'supervisor_only'],
    ['an agent writes its own agent setting', m({ table: 'settings', id: 'agent/jie/sound', fields: { value: 1, updatedBy: 'jie' } }), agent, null],
    ['a forged updatedBy is refused', m({ table: 'tickets', id: 't', fields: { status: 'open', updatedBy: 'li' } }), agent, 'wrong_agent'],
    ['a remark signed by another agent is refused', m({ table: 'remarks', id: 'r', fields: { agentId: 'li', updatedBy: 'jie' } }), agent, 'wrong_agent'],
    ['a note revision by another agent is refused', m({ table: 'noteRevisions', id: 'r', fields: { updatedBy: 'li' } }), agent, 'wrong_agent'],
    ['a ticket edit by its writer goes on', m({ table: 'tickets', id: 't', fields: { status: 'open', updatedBy: 'jie' } }), agent, null],
    ['a conversation given to another agent is not forging (agentId there is the assignee)', m({ table: 'conversations', id: 'c', fields: { agentId: 'li', updatedBy: 'boss' } }), boss, null],
    ['a record signed by an agent made on a PC before accounts (no account) goes up', m({ table: 'tickets', id: 't', fields: { status: 'open', updatedBy: 'local-agent-1' } }), agent, null],
    ['an unknown table is left to the merge rules', m({ table: 'nope', id: 'x', fields: { updatedBy: 'li' } }), agent, null],
  ] as const)('%s', (_name, mutation, writer, code) => {
    expect(checkWriteRights(mutation, null, writer)?.code ?? null).toBe(code);
  });

  it('judges a phrase by the scope the server holds, not the one the edit claims', () => {
    expect(checkWriteRights(m({ table: 'phrases', id: 'p', fields: { scope: 'personal' } }), { scope: 'team' }, agent)?.code).toBe('supervisor_only');
  });
});

import { describe, expect, it } from 'vitest';
import { shopRulesAccess } from './access';

const agent = (id: string, role: 'agent' | 'supervisor', deletedAt: number | null = null) => ({ id, name: `名${id}`, role, deletedAt });

describe('who may change the shop rules in 设置', () => {
  it.each([
    ['a supervisor', agent('s', 'supervisor'), [agent('s', 'supervisor'), agent('a', 'agent')], { canEdit: true, supervisors: [] }],
    ['an agent while a supervisor exists, naming the supervisors', agent('a', 'agent'), [agent('s', 'supervisor'), agent('t', 'supervisor'), agent('a', 'agent')], { canEdit: false, supervisors: ['名s', '名t'] }],
    ['an agent in a team without a supervisor (nobody else could set them)', agent('a', 'agent'), [agent('a', 'agent')], { canEdit: true, supervisors: [] }],
    ['an agent whose only supervisor was removed', agent('a', 'agent'), [agent('s', 'supervisor', 5), agent('a', 'agent')], { canEdit: true, supervisors: [] }],
  ] as const)('%s', (_, signedIn, agents, expected) => {
    expect(shopRulesAccess(signedIn, agents)).toEqual(expected);
  });
});

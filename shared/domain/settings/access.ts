import type { Agent } from '../../schemas/entities';

/**
 * Who may change the shop's rules (shops, shift times, auto replies, VIP tiers, 议价 authority,
 * a shop's phrase wording) on this PC: a supervisor. While the team has no supervisor at all
 * (a one-person shop, or the first start before roles are given), whoever is signed in sets
 * them, or nobody could. The server enforces roles again for team mode; this is the PC's side.
 */
export interface ShopRulesAccess {
  canEdit: boolean;
  /** The supervisors to ask, when the signed-in agent may not edit. */
  supervisors: string[];
}

export function shopRulesAccess(signedIn: Pick<Agent, 'id' | 'role'>, agents: readonly Pick<Agent, 'id' | 'name' | 'role' | 'deletedAt'>[]): ShopRulesAccess {
  const supervisors = agents.filter((a) => a.role === 'supervisor' && a.deletedAt === null);
  const canEdit = signedIn.role === 'supervisor' || supervisors.length === 0;
  return { canEdit, supervisors: canEdit ? [] : supervisors.map((a) => a.name) };
}

import { problem as make, type Problem, type ProblemCode, type ProblemParams } from '../../lib/problem';

/**
 * A refusal from a case rule: a Problem (shared/lib/problem.ts) that always names its field,
 * so the screen can show it beside what the agent typed. Rules carry no UI text of their own.
 */
export type CaseProblem = Problem & { field: string };

export type Check = CaseProblem | null;

/** Field first, as the rules read: `problem('amountFen', 'amountAboveOrder', { maxFen })`. */
export const problem = (field: string, code: ProblemCode, params?: ProblemParams): CaseProblem =>
  make(code, { field, params }) as CaseProblem;

import type { CaseProblem } from '@shared/domain/cases';

/** A case write refused by a rule; carries the field and reason so the screen can name them. Nothing was written. */
export class CaseRefused extends Error {
  constructor(readonly problem: CaseProblem) {
    super(`${problem.field}: ${problem.code}`);
    this.name = 'CaseRefused';
  }
}

export function refuseIf(p: CaseProblem | null): void {
  if (p) throw new CaseRefused(p);
}

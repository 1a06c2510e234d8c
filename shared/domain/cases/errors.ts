/**
 * A refusal from a case rule: which field is wrong and why, as an i18n code with values.
 * The renderer turns it into "字段：原因"; rules never carry UI text of their own.
 */
export interface CaseProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export type Check = CaseProblem | null;

export const problem = (field: string, code: string, params?: Record<string, string | number>): CaseProblem =>
  params ? { field, code, params } : { field, code };

import { EMPLOYEE_NO } from '@shared/schemas/entities';
import { problem, type Problem } from '@shared/lib/problem';
import { err, ok, type Result } from '@shared/lib/result';
import type { SetupInput } from '../../data';

type SetupField = 'shopName' | 'agentName' | 'employeeNo';
/** A Problem per field of the form, shown beside that field. */
export type SetupErrors = Partial<Record<SetupField, Problem>>;

const PLATFORMS = ['taobao', 'tmall', 'jd', 'pdd', 'other'] as const;

/** Checks the first-start form, every field at once (the store checks the same again when it writes). */
export function validateSetup(f: Record<string, string>): Result<SetupInput, SetupErrors> {
  const e: SetupErrors = {};
  const at = (field: SetupField, code: Problem['code']): Problem => problem(code, { field: `setup.${field}` });
  if (!f.shopName?.trim()) e.shopName = at('shopName', 'required');
  if (!f.agentName?.trim()) e.agentName = at('agentName', 'required');
  const no = f.employeeNo?.trim() ?? '';
  if (!EMPLOYEE_NO.test(no)) e.employeeNo = at('employeeNo', no ? 'employeeNoFormat' : 'required');
  if (Object.keys(e).length) return err(e);
  const platform = (PLATFORMS as readonly string[]).includes(f.platform ?? '') ? (f.platform as SetupInput['platform']) : 'other';
  return ok({ shopName: f.shopName!.trim(), platform, agentName: f.agentName!.trim(), employeeNo: no, role: f.role === 'supervisor' ? 'supervisor' : 'agent' });
}

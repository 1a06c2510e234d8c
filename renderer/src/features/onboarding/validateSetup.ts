import { EMPLOYEE_NO } from '@shared/schemas/entities';
import type { SetupInput } from '../../data';
import { err, ok, type Result } from '@shared/lib/result';

export type SetupErrors = Partial<Record<'shopName' | 'agentName' | 'employeeNo', string>>;

const PLATFORMS = ['taobao', 'tmall', 'jd', 'pdd', 'other'] as const;

/** Checks the first-start form; errors are i18n keys per field. */
export function validateSetup(f: Record<string, string>): Result<SetupInput, SetupErrors> {
  const e: SetupErrors = {};
  if (!f.shopName?.trim()) e.shopName = 'welcome.errors.shopName';
  if (!f.agentName?.trim()) e.agentName = 'welcome.errors.agentName';
  if (!EMPLOYEE_NO.test(f.employeeNo?.trim() ?? '')) e.employeeNo = 'welcome.errors.employeeNo';
  if (Object.keys(e).length) return err(e);
  const platform = (PLATFORMS as readonly string[]).includes(f.platform ?? '') ? (f.platform as SetupInput['platform']) : 'other';
  return ok({ shopName: f.shopName!.trim(), platform, agentName: f.agentName!.trim(), employeeNo: f.employeeNo!.trim(), role: f.role === 'supervisor' ? 'supervisor' : 'agent' });
}

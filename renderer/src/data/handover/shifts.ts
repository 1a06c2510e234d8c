import { DEFAULT_SHIFT_TIMES, ShiftTimes, shiftDefsFrom, validateShiftTimes, type ShiftDef } from '@shared/domain/handover';
import { ProblemError } from '@shared/lib/problem';
import { readSetting, writeSetting } from '../repositories/settings';
import type { WriteContext } from '../repositories/tracked';

/** A team setting (`team/…`): every PC of the shop works the same shifts. */
export const SHIFTS_KEY = 'team/shifts';

/** The shift times as set, or the defaults when none are set (or the stored value no longer passes). */
export async function readShiftTimes(): Promise<ShiftTimes> {
  const parsed = ShiftTimes.safeParse(await readSetting<unknown>(SHIFTS_KEY, null));
  return parsed.success && validateShiftTimes(parsed.data).ok ? parsed.data : DEFAULT_SHIFT_TIMES;
}

/** The shift windows the handover compiles against. */
export async function readShiftDefs(): Promise<ShiftDef[]> {
  return shiftDefsFrom(await readSetting<unknown>(SHIFTS_KEY, null));
}

export async function saveShiftTimes(raw: unknown, ctx: WriteContext): Promise<ShiftTimes> {
  const checked = validateShiftTimes(raw);
  if (!checked.ok) throw ProblemError.of(checked.error);
  await writeSetting(SHIFTS_KEY, checked.value, ctx);
  return checked.value;
}

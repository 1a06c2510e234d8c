import { z } from 'zod';
import type { Platform } from '../../schemas/common';
import { err, ok, type Result } from '../../lib/result';
import { problem, zodProblems, type Problem } from '../../lib/problem';

/**
 * Seller flags (旗帜) on orders. Colours are fixed by the platform; what each colour MEANS is the
 * shop's own convention, editable in settings (stored under `shop.rules.flagMeanings`).
 * - Taobao/Tmall: flags 0–5 (0 grey, 1 red, 2 yellow, 3 green, 4 blue, 5 pink).
 * - Pinduoduo: flags 1–5 (red, yellow, green, blue, purple); 0 means "no flag" in our data.
 * - JD and other platforms use the Taobao set until someone confirms theirs.
 */
export type FlagNumber = 0 | 1 | 2 | 3 | 4 | 5;

export interface FlagColour {
  /** Colour name as agents say it. */
  name: string;
  hex: string;
}

const GREY: FlagColour = { name: '灰', hex: '#9AA0A6' };
const RED: FlagColour = { name: '红', hex: '#E5484D' };
const YELLOW: FlagColour = { name: '黄', hex: '#F5B300' };
const GREEN: FlagColour = { name: '绿', hex: '#30A46C' };
const BLUE: FlagColour = { name: '蓝', hex: '#3E8EED' };
const PINK: FlagColour = { name: '粉', hex: '#E93D82' };
const PURPLE: FlagColour = { name: '紫', hex: '#8E4EC6' };

const TAOBAO_COLOURS: Readonly<Partial<Record<FlagNumber, FlagColour>>> = { 0: GREY, 1: RED, 2: YELLOW, 3: GREEN, 4: BLUE, 5: PINK };
const PDD_COLOURS: Readonly<Partial<Record<FlagNumber, FlagColour>>> = { 1: RED, 2: YELLOW, 3: GREEN, 4: BLUE, 5: PURPLE };

export const FLAG_COLOURS: Readonly<Record<Platform, Readonly<Partial<Record<FlagNumber, FlagColour>>>>> = Object.freeze({
  taobao: TAOBAO_COLOURS,
  tmall: TAOBAO_COLOURS,
  jd: TAOBAO_COLOURS,
  other: TAOBAO_COLOURS,
  pdd: PDD_COLOURS,
});

/** Flags an agent can pick on a platform, ascending. */
export function flagRange(platform: Platform): FlagNumber[] {
  return (Object.keys(FLAG_COLOURS[platform]).map(Number) as FlagNumber[]).sort((a, b) => a - b);
}

/** Starting meanings (a common convention; red = the buyer asked for something special, seed 004). */
export const DEFAULT_FLAG_MEANINGS: Readonly<Record<FlagNumber, string>> = Object.freeze({
  0: '无特殊',
  1: '特殊要求',
  2: '待核实',
  3: '已核实可发',
  4: '赠品/换货',
  5: '售后跟进',
});

export const FLAG_MEANING_MAX = 12;
export const FlagMeanings = z.record(z.string(), z.string().trim().max(FLAG_MEANING_MAX));
export type FlagMeanings = Partial<Record<FlagNumber, string>>;

/**
 * Validates a shop's meanings: keys must be flags of the platform, texts short. Each problem is
 * about `flagMeanings.flag` with the flag's number in `params.flag` (a flag number, not a list index).
 */
export function validateFlagMeanings(platform: Platform, raw: unknown): Result<FlagMeanings, Problem[]> {
  const parsed = FlagMeanings.safeParse(raw);
  if (!parsed.success) {
    return err(zodProblems(parsed.error, { table: 'flagMeanings', input: raw }).map((p) => {
      const flag = p.field?.split('.')[1];
      return flag === undefined ? p : { ...p, field: 'flagMeanings.flag', params: { ...p.params, flag } };
    }));
  }
  const allowed = flagRange(platform);
  const issues: Problem[] = [];
  const out: FlagMeanings = {};
  for (const [key, text] of Object.entries(parsed.data)) {
    const n = Number(key);
    if (!/^\d$/.test(key) || !allowed.includes(n as FlagNumber)) issues.push(problem('notAFlag', { field: 'flagMeanings.flag', params: { flag: key, allowed: allowed.join(', ') } }));
    else out[n as FlagNumber] = text;
  }
  return issues.length ? err(issues) : ok(out);
}

export interface FlagOption {
  flag: FlagNumber;
  colour: FlagColour;
  meaning: string;
}

/** The flag picker for a shop: platform colours with the shop's meanings over the defaults. */
export function flagOptions(platform: Platform, meanings: FlagMeanings = {}): FlagOption[] {
  return flagRange(platform).map((flag) => ({
    flag,
    colour: FLAG_COLOURS[platform][flag] as FlagColour,
    meaning: meanings[flag]?.trim() || DEFAULT_FLAG_MEANINGS[flag],
  }));
}

/** Meanings from `shop.rules.flagMeanings`, ignoring an invalid value (settings shows the issues). */
export function resolveFlagMeanings(platform: Platform, shopRules: Record<string, unknown> | null | undefined): FlagMeanings {
  const raw = shopRules?.['flagMeanings'];
  if (raw === undefined || raw === null) return {};
  const r = validateFlagMeanings(platform, raw);
  return r.ok ? r.value : {};
}

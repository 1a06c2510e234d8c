/**
 * Body measures as buyers write them in a chat, and measurement ranges as sellers write them in
 * a size chart. Pure text rules: the size rule (sizeChart.ts) works on the numbers they give.
 */

export interface BodyMeasures {
  heightCm: number | null;
  weightKg: number | null;
}

/** A cell of a size chart as numbers: `lo`/`hi` may be open (-∞ / +∞); a single value is lo = hi. */
export interface Range {
  lo: number;
  hi: number;
}

const DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Full-width digits and punctuation folded (１７０ → 170, ～ → ~), so IME input reads like ASCII. */
const fold = (s: string): string => s.normalize('NFKC');

const num = (s: string): number => Number(s);

/** "1米7" → 170, "1米75" → 175, "一米六五" → 165, "1.72米" → 172: metres with the centimetres after. */
function metresToCm(whole: number, rest: string): number {
  if (rest === '') return whole * 100;
  return rest.length === 1 ? whole * 100 + Number(rest) * 10 : whole * 100 + Number(rest.slice(0, 2));
}

function chineseDigits(s: string): string {
  return [...s].map((c) => String(DIGIT[c] ?? '')).join('');
}

/** Plausible adult and child bounds; anything outside is a different number (a price, an order count). */
const HEIGHT_CM = { min: 50, max: 230 };
const WEIGHT_KG = { min: 3, max: 200 };
const plausibleHeight = (cm: number): number | null => (cm >= HEIGHT_CM.min && cm <= HEIGHT_CM.max ? Math.round(cm) : null);
const plausibleWeight = (kg: number): number | null => (kg >= WEIGHT_KG.min && kg <= WEIGHT_KG.max ? Math.round(kg * 10) / 10 : null);

function heightIn(text: string): number | null {
  const t = fold(text);
  const decimal = /(?<![\d.])(\d\.\d{1,2})\s*(?:米|m)(?![a-z])/i.exec(t);
  if (decimal?.[1]) return plausibleHeight(Math.round(num(decimal[1]) * 100));
  // Only 米 here: a bare "m" after a digit is as likely the size M ("170 m码").
  const metres = /(?<![\d.])(\d)\s*米\s*(\d{0,2})(?![\d.])/.exec(t);
  if (metres?.[1]) return plausibleHeight(metresToCm(num(metres[1]), metres[2] ?? ''));
  const chinese = /([一二两])米([零〇一二三四五六七八九]{0,2})/.exec(t);
  if (chinese?.[1]) return plausibleHeight(metresToCm(DIGIT[chinese[1]] ?? 0, chineseDigits(chinese[2] ?? '')));
  const labelled = /身高\s*[:：是为]?\s*(\d{2,3}(?:\.\d)?)\s*(?:cm|厘米|公分)?/i.exec(t);
  if (labelled?.[1]) return plausibleHeight(num(labelled[1]));
  const unit = /(\d{2,3}(?:\.\d)?)\s*(?:cm|厘米|公分)/i.exec(t);
  if (unit?.[1]) return plausibleHeight(num(unit[1]));
  return null;
}

function weightIn(text: string): number | null {
  const t = fold(text);
  const kg = /(\d{1,3}(?:\.\d)?)\s*(?:kg|公斤|千克)/i.exec(t);
  if (kg?.[1]) return plausibleWeight(num(kg[1]));
  const jin = /(\d{1,3}(?:\.\d)?)\s*斤/.exec(t);
  if (jin?.[1]) return plausibleWeight(num(jin[1]) / 2);
  const labelled = /体重\s*[:：是为]?\s*(\d{1,3}(?:\.\d)?)/.exec(t);
  // Without a unit: buyers who write 斤 usually say so, and an adult's weight in kilograms
  // rarely reaches 100, so a bare 100 or more is read as 斤 (体重120 → 60 kg).
  if (labelled?.[1]) return plausibleWeight(num(labelled[1]) >= 100 ? num(labelled[1]) / 2 : num(labelled[1]));
  return null;
}

/** "170/65", "170 65斤", "170，130斤": height then weight with nothing naming them. */
function bothInPair(text: string): BodyMeasures {
  const m = /(?:^|[^\d.])(1\d{2}|2[0-2]\d)\s*(?:cm|厘米)?\s*[/／,，、\s]\s*(\d{2,3}(?:\.\d)?)\s*(kg|公斤|斤)?(?![\d.])/i.exec(fold(text));
  if (!m?.[1] || !m[2]) return { heightCm: null, weightKg: null };
  const w = num(m[2]);
  const weightKg = m[3] === '斤' || (!m[3] && w >= 100) ? w / 2 : w;
  return { heightCm: plausibleHeight(num(m[1])), weightKg: plausibleWeight(weightKg) };
}

/** Height and weight in one buyer message ("身高170 体重65", "一米七 130斤", "170/65"); null where not said. */
export function parseBodyMeasures(text: string): BodyMeasures {
  const heightCm = heightIn(text);
  const weightKg = weightIn(text);
  if (heightCm !== null && weightKg !== null) return { heightCm, weightKg };
  const pair = bothInPair(text);
  return { heightCm: heightCm ?? pair.heightCm, weightKg: weightKg ?? pair.weightKg };
}

/**
 * Measures from a buyer's latest messages, newest first: height and weight may come in two
 * messages ("身高165" … "体重100斤"), and a newer value replaces an older one.
 */
export function measuresFromMessages(newestFirst: readonly string[]): BodyMeasures {
  let heightCm: number | null = null;
  let weightKg: number | null = null;
  for (const text of newestFirst) {
    const m = parseBodyMeasures(text);
    heightCm ??= m.heightCm;
    weightKg ??= m.weightKg;
    if (heightCm !== null && weightKg !== null) break;
  }
  return { heightCm, weightKg };
}

/**
 * A size chart cell as a range: "165-170", "165~170cm", "165至170", "≤160", "160以下",
 * "180以上", "180+", "104". Null when the cell holds no number (an empty or "/" cell).
 */
export function parseRange(cell: string): Range | null {
  const t = fold(cell).replace(/\s+/g, '');
  const n = '(\\d+(?:\\.\\d+)?)';
  const between = new RegExp(`${n}[a-z斤]*(?:-|~|—|–|至|到)${n}`, 'i').exec(t);
  if (between?.[1] && between[2]) {
    const [a, b] = [num(between[1]), num(between[2])];
    return { lo: Math.min(a, b), hi: Math.max(a, b) };
  }
  const upTo = new RegExp(`^(?:≤|<=|<|小于)${n}|^${n}[a-z斤]*(?:及以下|以下|以内|内)`, 'i').exec(t);
  if (upTo) return { lo: -Infinity, hi: num(upTo[1] ?? upTo[2] ?? '0') };
  const from = new RegExp(`^(?:≥|>=|>|大于)${n}|^${n}[a-z斤]*(?:及以上|以上|\\+)`, 'i').exec(t);
  if (from) return { lo: num(from[1] ?? from[2] ?? '0'), hi: Infinity };
  const single = new RegExp(`^${n}`).exec(t);
  return single?.[1] ? { lo: num(single[1]), hi: num(single[1]) } : null;
}

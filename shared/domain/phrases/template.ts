/**
 * Phrase templates, on the app's one placeholder syntax (`shared/lib/template.ts`). Two kinds:
 * - `{买家}` — a variable filled from the conversation context (buyer, shop, order …);
 * - `{{尺码}}` — a required slot the agent fills in the composer before sending.
 * Names are 1–20 characters without braces or line breaks; surrounding spaces are ignored
 * (`{ 买家 }` = `{买家}`). Anything else with braces is plain text. Values are inserted as-is and
 * never expanded again, so a buyer nick that happens to contain "{订单号}" stays literal.
 */

import { replacePlaceholders, splitTemplate } from '../../lib/template';

export const PHRASE_VARIABLES = [
  { name: '买家', description: '买家昵称（会员名）', example: 'tb_小林' },
  { name: '店铺', description: '当前店铺名称', example: '小二家居旗舰店' },
  { name: '客服', description: '当前客服的名字或签名', example: '小雨' },
  { name: '订单号', description: '当前订单编号', example: '2043118800123456789' },
  { name: '金额', description: '订单实付金额（元）', example: '¥128.00' },
  { name: '收货信息', description: '收货人、电话（打码）、地址', example: '林女士 138****1234 浙江省杭州市…' },
  { name: '物流单号', description: '快递运单号', example: 'YT1234567890123' },
  { name: '快递公司', description: '承运的快递公司', example: '圆通速递' },
  { name: '商品', description: '当前咨询或订单里的商品名称', example: '加厚珊瑚绒四件套' },
] as const;

export type PhraseVariableName = (typeof PHRASE_VARIABLES)[number]['name'];
const KNOWN: ReadonlySet<string> = new Set(PHRASE_VARIABLES.map((v) => v.name));

export function isPhraseVariable(name: string): name is PhraseVariableName {
  return KNOWN.has(name);
}

/** Values for variables; null, undefined or blank counts as missing. */
export type TemplateContext = { readonly [K in PhraseVariableName]?: string | null };
/** Values the agent typed for required slots, by slot name. */
export type SlotValues = Readonly<Record<string, string | null | undefined>>;

export type TemplateToken =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'variable'; name: PhraseVariableName; raw: string; start: number; end: number }
  | { kind: 'unknown'; name: string; raw: string; start: number; end: number }
  | { kind: 'slot'; name: string; raw: string; start: number; end: number };

/** Splits a template into text and placeholders, with offsets (for highlighting in the editor). */
export function parseTemplate(text: string): TemplateToken[] {
  return splitTemplate(text).map((part): TemplateToken => {
    if (part.kind === 'text') return part;
    if (part.kind === 'slot') return { ...part, kind: 'slot' };
    return isPhraseVariable(part.name) ? { ...part, kind: 'variable', name: part.name } : { ...part, kind: 'unknown' };
  });
}

export interface TemplateAnalysis {
  /** Known variables used, each once, in order of first use. */
  variables: PhraseVariableName[];
  /** Required slots, each once, in order of first use. */
  slots: string[];
  /** `{名字}` placeholders that are not known variables — flag these in the library manager. */
  unknownVariables: string[];
}

export function analyzeTemplate(text: string): TemplateAnalysis {
  const variables = new Set<PhraseVariableName>();
  const slots = new Set<string>();
  const unknown = new Set<string>();
  for (const t of parseTemplate(text)) {
    if (t.kind === 'variable') variables.add(t.name);
    else if (t.kind === 'slot') slots.add(t.name);
    else if (t.kind === 'unknown') unknown.add(t.name);
  }
  return { variables: [...variables], slots: [...slots], unknownVariables: [...unknown] };
}

/** The visible marker left where a value is missing, e.g. 【缺:订单号】. */
export const missingMarker = (name: string): string => `【缺:${name}】`;
/** The visible marker left for a placeholder we do not know, e.g. 【未知:会员等级】. */
export const unknownMarker = (name: string): string => `【未知:${name}】`;
/** Finds markers left in a rendered reply; global, so use it with `match`/`matchAll`, not `test`. */
export const MARKER_PATTERN = /【(?:缺|未知):[^】]{1,20}】/g;

/** True when a reply still carries a 【缺:…】 or 【未知:…】 marker (the composer warns before sending). */
export function hasTemplateMarkers(text: string): boolean {
  return /【(?:缺|未知):[^】]{1,20}】/.test(text);
}

export interface MissingPlaceholder {
  kind: 'variable' | 'slot' | 'unknown';
  name: string;
}

export interface RenderResult {
  text: string;
  /** Each missing placeholder once, in order. Empty means the reply is ready to send. */
  missing: MissingPlaceholder[];
}

const filled = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Fills a template. Missing values never turn into "undefined": they leave a clear marker
 * (【缺:订单号】) and are listed in `missing`, so the composer can ask for them.
 */
export function renderTemplate(text: string, context: TemplateContext = {}, slotValues: SlotValues = {}): RenderResult {
  const missing: MissingPlaceholder[] = [];
  const seen = new Set<string>();
  const miss = (kind: MissingPlaceholder['kind'], name: string, marker: string): string => {
    const key = `${kind}:${name}`;
    if (!seen.has(key)) {
      seen.add(key);
      missing.push({ kind, name });
    }
    return marker;
  };
  const out = replacePlaceholders(text, (p) => {
    if (p.kind === 'slot') {
      const v = Object.hasOwn(slotValues, p.name) ? slotValues[p.name] : undefined;
      return filled(v) ? v : miss('slot', p.name, missingMarker(p.name));
    }
    if (!isPhraseVariable(p.name)) return miss('unknown', p.name, unknownMarker(p.name));
    const v = context[p.name];
    return filled(v) ? v : miss('variable', p.name, missingMarker(p.name));
  });
  return { text: out, missing };
}

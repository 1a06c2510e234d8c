import { replacePlaceholders } from '../../lib/template';
import { isPhraseVariable, missingMarker, parseTemplate, unknownMarker, type TemplateContext } from '../phrases';

/**
 * Puts a phrase into the composer: variables are filled from the conversation (a missing one
 * leaves a visible 【缺:…】 marker), unknown placeholders become 【未知:…】, and required slots stay
 * as `{{名字}}` so the composer can ask the agent for them before sending.
 */
export function insertPhrase(template: string, context: TemplateContext): string {
  return replacePlaceholders(template, (p) => {
    if (p.kind === 'slot') return p.raw;
    if (!isPhraseVariable(p.name)) return unknownMarker(p.name);
    const v = context[p.name];
    return typeof v === 'string' && v.trim() !== '' ? v : missingMarker(p.name);
  });
}

/** Required slots still in a draft, each once, in order. */
export function draftSlots(draft: string): string[] {
  const seen = new Set<string>();
  for (const t of parseTemplate(draft)) if (t.kind === 'slot') seen.add(t.name);
  return [...seen];
}

/**
 * The text that goes to the buyer: every `{{slot}}` replaced by what the agent typed. Anything
 * else in braces the agent wrote stays as they wrote it. `missing` lists slots still empty.
 */
export function fillSlots(draft: string, values: Readonly<Record<string, string | undefined>>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = replacePlaceholders(draft, (p) => {
    if (p.kind !== 'slot') return p.raw;
    const v = values[p.name]?.trim();
    if (v) return v;
    if (!missing.includes(p.name)) missing.push(p.name);
    return p.raw;
  });
  return { text, missing };
}

/** Names in 【缺:…】/【未知:…】 markers left in a draft: the reply is not ready while any remain. */
export function leftMarkers(draft: string): string[] {
  return [...draft.matchAll(/【(?:缺|未知):([^】]{1,20})】/g)].map((m) => m[1] ?? '');
}

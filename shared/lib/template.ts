/**
 * The one `{…}` placeholder filler of the app. Phrases, payment messages, case texts, presale
 * drafts and the demo content all use this syntax, so they share the scanner and the replacement:
 * - `{名字}` — a variable; `{{名字}}` — a slot (a value the agent types before sending);
 * - names are 1–20 characters without braces or line breaks; surrounding spaces are ignored;
 * - anything else with braces (`{ }`, `{a\nb}`, JSON) is plain text;
 * - values are inserted as-is and never expanded again.
 * What a placeholder *becomes* (value, marker, left as written) is the caller's rule.
 */

export interface Placeholder {
  kind: 'variable' | 'slot';
  name: string;
  /** The placeholder as written, braces included. */
  raw: string;
  start: number;
  end: number;
}

export type TemplatePart = { kind: 'text'; text: string; start: number; end: number } | Placeholder;

const PLACEHOLDER = /\{\{([^{}\r\n]{1,20})\}\}|\{([^{}\r\n]{1,20})\}/g;

/** Splits a template into text and placeholders, with offsets (for highlighting in an editor). */
export function splitTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index;
    const raw = m[0];
    const slot = m[1]?.trim();
    const name = slot ?? m[2]?.trim() ?? '';
    if (name === '') continue; // `{ }` is plain text
    if (start > at) parts.push({ kind: 'text', text: text.slice(at, start), start: at, end: start });
    const end = start + raw.length;
    parts.push({ kind: slot !== undefined ? 'slot' : 'variable', name, raw, start, end });
    at = end;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at), start: at, end: text.length });
  return parts;
}

/** Replaces every placeholder by what `fillOne` returns for it; text between stays untouched. */
export function replacePlaceholders(text: string, fillOne: (p: Placeholder) => string): string {
  let out = '';
  for (const part of splitTemplate(text)) out += part.kind === 'text' ? part.text : fillOne(part);
  return out;
}

export type VariableValues = Readonly<Record<string, string | number | null | undefined>>;

export interface FillOptions {
  /** What a variable without a value becomes: left as written (default) or what the function says. */
  onMissing?: 'keep' | ((name: string, raw: string) => string);
  /** Whether a blank string counts as missing (default: no — an empty value is inserted as empty). */
  blankIsMissing?: boolean;
}

/**
 * Fills `{名字}` variables from `vars` (own keys only, so `{toString}` is not a value). Slots
 * (`{{…}}`) are left as written: only the composer fills those.
 */
export function fillVariables(text: string, vars: VariableValues, { onMissing = 'keep', blankIsMissing = false }: FillOptions = {}): string {
  return replacePlaceholders(text, (p) => {
    if (p.kind === 'slot') return p.raw;
    const v = Object.hasOwn(vars, p.name) ? vars[p.name] : undefined;
    const value = v === null || v === undefined ? undefined : String(v);
    if (value !== undefined && !(blankIsMissing && value.trim() === '')) return value;
    return onMissing === 'keep' ? p.raw : onMissing(p.name, p.raw);
  });
}

import type { HandoverItem } from '@shared/schemas/entities';

/** What a case or review line's label ends with: the kind the snapshot keeps as its enum value (common caseKind.*). */
const KIND_SUFFIX: Partial<Record<HandoverItem['kind'], 'type' | 'rating'>> = { tickets: 'type', reviews: 'rating' };

/**
 * A snapshot's label in the agent's language: "买家 · lost_parcel" reads "买家 · 丢件". The
 * compiled snapshot keeps the enum value (it is synced and outlives a language switch); the
 * screen names it. An unknown value stays as written rather than show a key.
 */
export function itemLabel(t: (key: string, o?: Record<string, unknown>) => string, item: Pick<HandoverItem, 'kind' | 'label'>): string {
  const base = KIND_SUFFIX[item.kind];
  const at = item.label.lastIndexOf(' · ');
  if (!base || at < 0) return item.label;
  const value = item.label.slice(at + 3);
  return `${item.label.slice(0, at)} · ${t(`caseKind.${base}.${value}`, { defaultValue: value })}`;
}

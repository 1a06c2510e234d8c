import type { ReactNode } from 'react';
import type { HandoverItem } from '@shared/schemas/entities';
import type { TabTarget } from '@shared/schemas/tabs';
import { formatShanghaiShort } from '@shared/lib/time';
import { useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';

/** What a case or review line's label ends with: the kind the snapshot keeps as its enum value. */
const KIND_SUFFIX: Partial<Record<HandoverItem['kind'], string>> = { tickets: 'caseKind.type', reviews: 'caseKind.rating' };

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
  return `${item.label.slice(0, at)} · ${t(`${base}.${value}`, { defaultValue: value })}`;
}

/** One handover line: urgency, shop, what, due time; the label opens its tab. Text only. */
export function ItemLine({ item, children }: { item: Pick<HandoverItem, 'key' | 'kind' | 'label' | 'detail' | 'shopName' | 'dueAt' | 'urgency' | 'target'>; children?: ReactNode }) {
  const { t } = useTranslation();
  const open = useTabs((s) => s.open);
  const label = itemLabel(t, item);
  const go = (target: TabTarget): void => open(target, label.slice(0, 20));
  return (
    <div className={`hitem hitem--u${item.urgency}`} data-testid="handover-item" data-key={item.key}>
      <span className="hitem__urgency">{t(`handover.urgency.${item.urgency}`)}</span>
      {item.target ? <button className="link hitem__label" onClick={() => go(item.target!)}>{label}</button> : <span className="hitem__label">{label}</span>}
      {item.shopName ? <span className="muted">{item.shopName}</span> : null}
      {item.dueAt ? <time className="muted">{formatShanghaiShort(item.dueAt)}</time> : null}
      {item.detail ? <span className="hitem__detail">{item.detail}</span> : null}
      {children}
    </div>
  );
}

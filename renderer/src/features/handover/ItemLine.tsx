import type { ReactNode } from 'react';
import type { HandoverItem } from '@shared/schemas/entities';
import type { TabTarget } from '@shared/schemas/tabs';
import { formatShanghaiShort } from '@shared/lib/time';
import { useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { itemLabel } from './itemLabel';

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

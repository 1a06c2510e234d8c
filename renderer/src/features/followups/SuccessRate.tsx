import { useState } from 'react';
import { RATE_SPANS, rateWindow, type RateSpan } from '@shared/domain/payments';
import { startOfShanghaiDay } from '@shared/lib/time';
import { listShops, useLive, successRates, useSharedLive } from '../../data';
import { useTranslation } from '../../i18n';
import { useSession } from '../../state/session';

const pct = (paid: number, reminded: number): string => (reminded === 0 ? '—' : `${Math.round((paid / reminded) * 100)}%`);

/** 催付成功率 for today, yesterday or the last 7 days: mine, the team's, and per shop (paid after a reminder ÷ reminded). */
export function SuccessRate({ now }: { now: number }) {
  const { t } = useTranslation();
  const agentId = useSession((s) => s.agentId);
  const [span, setSpan] = useState<RateSpan>('today');
  // Keyed on the day, not the second, so the query re-runs at midnight and on writes only.
  const day = startOfShanghaiDay(now);
  const { since, until } = rateWindow(span, day);
  const rows = useLive(() => successRates(since, ['agent', 'shop'], until), [since, until], []);
  const shops = useSharedLive(listShops, []);
  const sum = (f: (r: (typeof rows)[number]) => boolean): { reminded: number; paid: number } =>
    rows.filter(f).reduce((a, r) => ({ reminded: a.reminded + r.reminded, paid: a.paid + r.paid }), { reminded: 0, paid: 0 });
  const mine = sum((r) => r.agentId === agentId);
  const all = sum(() => true);
  const byShop = shops.map((s) => ({ s, ...sum((r) => r.shopId === s.id) })).filter((x) => x.reminded > 0);
  return (
    <div className="prate" data-testid="success-rate" data-span={span} data-reminded={all.reminded} data-paid={all.paid}>
      <strong>{t('followups.rate.title')}</strong>
      <select value={span} onChange={(e) => setSpan(e.target.value as RateSpan)} aria-label={t('followups.rate.span')} data-testid="rate-span">
        {RATE_SPANS.map((s) => <option key={s} value={s}>{t(`followups.rate.spans.${s}`)}</option>)}
      </select>
      <span data-testid="rate-mine" data-reminded={mine.reminded} data-paid={mine.paid}>{t('followups.rate.mine', { paid: mine.paid, reminded: mine.reminded, pct: pct(mine.paid, mine.reminded) })}</span>
      <span>{t('followups.rate.team', { paid: all.paid, reminded: all.reminded, pct: pct(all.paid, all.reminded) })}</span>
      {byShop.map((x) => <span key={x.s.id} className="muted" data-testid="rate-shop">{x.s.name} {pct(x.paid, x.reminded)}</span>)}
    </div>
  );
}

import { useState } from 'react';
import { listShops, useSharedLive } from '../../data';
import { useTranslation } from '../../i18n';
import { Segmented } from '../../ui/Segmented';
import { Field } from '../../ui';
import { useNow } from '../../ui/useNow';
import { FlagMeaningsEditor } from './FlagMeaningsEditor';
import { PaymentQueue } from './PaymentQueue';
import { PolicyEditor } from './PolicyEditor';
import { SuccessRate } from './SuccessRate';
import { VerifyList } from './VerifyList';
import './followups.css';

const VIEWS = ['queue', 'verify', 'policy'] as const;
type View = (typeof VIEWS)[number];

/** 催付 tab: the reminder queue, the 待核实 list and each shop's 催付 policy, with today's success rate on top. */
export function FollowupsScreen() {
  const { t } = useTranslation();
  const now = useNow(1_000);
  const [view, setView] = useState<View>('queue');
  const shops = useSharedLive(listShops, []);
  const [shopId, setShopId] = useState<string | null>(null);
  const shop = shops.find((s) => s.id === shopId) ?? shops[0];

  return (
    <div className="followups">
      <header className="followups__head">
        <Segmented values={VIEWS} value={view} onChange={setView} label={t('followups.views')} labelOf={(v) => t(`followups.view.${v}`)} testId={(v) => `payments-view-${v}`} />
        <SuccessRate now={now} />
      </header>
      {view === 'queue' ? <PaymentQueue now={now} /> : null}
      {view === 'verify' ? <VerifyList now={now} /> : null}
      {view === 'policy' ? (
        <div className="followups__policy">
          <Field label={t('followups.policy.shop')}>
            <select value={shop?.id ?? ''} onChange={(e) => setShopId(e.target.value)} data-testid="policy-shop">
              {shops.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </Field>
          {shop ? (
            <div className="followups__policy-cols">
              <section><h3>{t('followups.policy.title')}</h3><PolicyEditor shop={shop} /></section>
              <section><h3>{t('followups.flags.title')}</h3><FlagMeaningsEditor shop={shop} /></section>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

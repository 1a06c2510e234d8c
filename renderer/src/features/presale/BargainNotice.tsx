import { useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { MINUTE } from '@shared/lib/time';
import { useLive } from '../../data';
import { pendingBargainRequests } from '../../data';
import { useTranslation } from '../../i18n';
import { useNow } from '../../ui/useNow';
import { BargainInbox } from './BargainInbox';

/** In the console head, for a supervisor: 让价申请 waiting, answered from the list it opens. */
export function BargainNotice({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const now = Math.floor(useNow(60_000) / MINUTE) * MINUTE;
  const pending = useLive(() => pendingBargainRequests(now), [now], []);
  const [open, setOpen] = useState(false);
  if (agent.role !== 'supervisor' || (pending.length === 0 && !open)) return null;
  return (
    <span className="bargain-notice">
      <button type="button" className="btn btn--ghost bargain-notice__button" aria-expanded={open} onClick={() => setOpen((v) => !v)} data-testid="bargain-notice">
        {t('presale.bargain.notice', { count: pending.length })}
      </button>
      {open ? (
        <div className="bargain-notice__panel" role="dialog" aria-label={t('presale.bargain.inboxTitle')} onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); }}>
          <h3>{t('presale.bargain.inboxTitle')}</h3>
          <BargainInbox agent={agent} />
          <button type="button" className="btn btn--small" onClick={() => setOpen(false)}>{t('presale.bargain.close')}</button>
        </div>
      ) : null}
    </span>
  );
}

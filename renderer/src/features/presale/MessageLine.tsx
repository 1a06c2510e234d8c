import type { DeliveryView } from '@shared/domain/outbox';
import type { Message } from '@shared/schemas/entities';
import { formatShanghaiTime } from '@shared/lib/time';
import { useTranslation } from '../../i18n';
import { DeliveryBadge } from '../outbox';

/** One message's content: who said it (auto replies marked), the text as text only, the time, and whether it reached the buyer. */
export function MessageLine({ m, who, delivery }: { m: Message; who: string; delivery?: DeliveryView | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="msg__who">{who}{m.from === 'auto' ? <span className="badge badge--auto">{t('presale.autoMark')}</span> : null}</span>
      <span className="msg__text">{m.text}</span>
      <time className="msg__at">{formatShanghaiTime(m.at)}{delivery ? <DeliveryBadge view={delivery} text={m.text} /> : null}</time>
    </>
  );
}

import type { Message } from '@shared/schemas/entities';
import { formatShanghaiTime } from '@shared/lib/time';
import { useTranslation } from '../../i18n';

/** One message's content: who said it (auto replies marked), the text as text only, the time. */
export function MessageLine({ m, who }: { m: Message; who: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="msg__who">{who}{m.from === 'auto' ? <span className="badge badge--auto">{t('presale.autoMark')}</span> : null}</span>
      <span className="msg__text">{m.text}</span>
      <time className="msg__at">{formatShanghaiTime(m.at)}</time>
    </>
  );
}

import { useSession, type Presence } from '../../state/session';
import { useTranslation } from '../../i18n';

const STATES: Presence[] = ['online', 'busy', 'away'];

/** 在线 / 忙碌 / 离开: when busy or away, waiting buyers get one auto reply per round. */
export function PresenceSwitch() {
  const { t } = useTranslation();
  const presence = useSession((s) => s.presence);
  const setPresence = useSession((s) => s.setPresence);
  return (
    <div className="segmented presence" role="radiogroup" aria-label={t('presale.presence.label')}>
      {STATES.map((p) => (
        <label key={p} className={presence === p ? `segmented__item segmented__item--on presence--${p}` : 'segmented__item'}>
          <input type="radio" name="presence" value={p} checked={presence === p} onChange={() => setPresence(p)} />
          {t(`presale.presence.${p}`)}
        </label>
      ))}
    </div>
  );
}

import { useState } from 'react';
import { notificationState, requestNotifications } from '../../host';
import { useTranslation } from '../../i18n';

/** Desktop notifications: native under Electron; in the browser host the agent allows them once. */
export function NotificationsSection() {
  const { t } = useTranslation();
  const [state, setState] = useState(notificationState);
  return (
    <section className="card">
      <h2>{t('settings.notifications')}</h2>
      <p data-testid="notification-state">{t(`settings.notificationState.${state}`)}</p>
      {state === 'default' ? (
        <button className="btn" onClick={() => void requestNotifications().then(setState)}>{t('settings.allowNotifications')}</button>
      ) : null}
    </section>
  );
}

import { useTranslation } from '../../i18n';

/** The end of a 设置 rules form: save, and "saved" once it worked (refusals stand by their fields). */
export function SaveRow({ saved }: { saved: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <button className="btn btn--primary" type="submit">{t('settings.rules.save')}</button>
      {saved ? <span role="status" className="muted">{t('settings.rules.saved')}</span> : null}
    </>
  );
}

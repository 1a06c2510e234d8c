import { useEffect, useState } from 'react';
import { flagOptions, resolveFlagMeanings } from '@shared/domain/remarks';
import type { Shop } from '@shared/schemas/entities';
import { saveFlagMeanings } from '../../data';
import type { Problem } from '@shared/lib/problem';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors } from '../../i18n';
import { useWriteContext } from '../../state/writeContext';
import { Field, FormProblems } from '../../ui';

/** A refusal about one flag's words names the flag in its params: that flag's input shows it. */
const flagInput = (p: Problem): string | undefined => (p.field === 'flagMeanings.flag' && p.params?.['flag'] !== undefined ? `flag.${String(p.params['flag'])}` : p.field);

/** What each flag colour means in this shop; the grid and the remark form show these words. */
export function FlagMeaningsEditor({ shop }: { shop: Shop }) {
  const { t } = useTranslation();
  const ctx = useWriteContext();
  const [texts, setTexts] = useState<Record<number, string>>({});
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  useEffect(() => {
    setTexts(Object.fromEntries(flagOptions(shop.platform, resolveFlagMeanings(shop.platform, shop.rules)).map((o) => [o.flag, o.meaning])));
    setSaved(false);
    setErrors(NO_ERRORS);
  }, [shop.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const options = flagOptions(shop.platform, {});
  const save = async (): Promise<void> => {
    try {
      await saveFlagMeanings(shop.id, texts, ctx());
      setErrors(NO_ERRORS);
      setSaved(true);
    } catch (e) {
      setErrors(fieldErrors(t, e, options.map((o) => `flag.${o.flag}`), flagInput));
      setSaved(false);
    }
  };
  return (
    <form className="pflags" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="flag-meanings">
      {options.map((o) => (
        <Field
          key={o.flag}
          className="pflags__row"
          htmlFor={`flag-meaning-${o.flag}`}
          label={<><span className="flag__dot" style={{ background: o.colour.hex }} aria-hidden="true" /> {t('followups.flags.flag', { n: o.flag })} · {o.colour.name}</>}
          error={errors.byField[`flag.${o.flag}`]}
        >
          <input value={texts[o.flag] ?? ''} onChange={(e) => setTexts({ ...texts, [o.flag]: e.target.value })} data-testid={`flag-meaning-${o.flag}`} />
        </Field>
      ))}
      <FormProblems lines={errors.rest} />
      {saved ? <p className="pnotice" role="status">{t('followups.flags.saved')}</p> : null}
      <button type="submit" className="btn btn--primary">{t('followups.flags.save')}</button>
    </form>
  );
}

import { useEffect, useState } from 'react';
import { flagOptions, resolveFlagMeanings } from '@shared/domain/remarks';
import type { Shop } from '@shared/schemas/entities';
import { saveFlagMeanings } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { useWriteContext } from '../../state/writeContext';

/** What each flag colour means in this shop; the grid and the remark form show these words. */
export function FlagMeaningsEditor({ shop }: { shop: Shop }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ctx = useWriteContext();
  const [texts, setTexts] = useState<Record<number, string>>({});
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setTexts(Object.fromEntries(flagOptions(shop.platform, resolveFlagMeanings(shop.platform, shop.rules)).map((o) => [o.flag, o.meaning])));
    setMsg(null);
  }, [shop.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const options = flagOptions(shop.platform, {});
  const save = async (): Promise<void> => {
    try {
      await saveFlagMeanings(shop.id, texts, ctx());
      setMsg({ ok: true, text: t('followups.flags.saved') });
    } catch (e) {
      setMsg({ ok: false, text: errorText(e) });
    }
  };
  return (
    <form className="pflags" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="flag-meanings">
      {options.map((o) => (
        <label key={o.flag} className="pflags__row">
          <span className="flag__dot" style={{ background: o.colour.hex }} aria-hidden="true" />
          <span>{t('followups.flags.flag', { n: o.flag })} · {o.colour.name}</span>
          <input value={texts[o.flag] ?? ''} onChange={(e) => setTexts({ ...texts, [o.flag]: e.target.value })} data-testid={`flag-meaning-${o.flag}`} />
        </label>
      ))}
      {msg ? <p className={msg.ok ? 'pnotice' : 'error'} role={msg.ok ? 'status' : 'alert'}>{msg.text}</p> : null}
      <button type="submit" className="btn btn--primary">{t('followups.flags.save')}</button>
    </form>
  );
}

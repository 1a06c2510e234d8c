import { AUTO_REPLY_REASONS, AUTO_REPLY_TEXT, AUTO_REPLY_VARIABLES, autoReplyTextsOf, type AutoReplyReason } from '@shared/domain/presale';
import { listShops, saveAutoReplyTexts, useLive } from '../../data';
import { useTranslation } from '../../i18n';
import { Field, FormProblems } from '../../ui';
import { SaveRow } from './SaveRow';
import { ShopPicker } from './ShopPicker';
import { useShopRulesForm } from './useShopRulesForm';

const EMPTY: Record<AutoReplyReason, string> = { busy: '', away: '', overload: '' };

/** 自动回复: each shop's own words for the busy, away and overload replies; blank keeps the default. */
export function AutoReplySection({ agentId }: { agentId: string }) {
  const { t } = useTranslation();
  const shops = useLive(listShops, [], []);
  const { shop, setShopId, form, setForm, errors, saved, submit } = useShopRulesForm({
    shops, agentId, inputs: AUTO_REPLY_REASONS.map((r) => `autoReply.${r}`),
    read: (rules) => ({ ...EMPTY, ...autoReplyTextsOf(rules) }),
    save: saveAutoReplyTexts,
  });

  return (
    <section className="card rules" data-testid="auto-reply-section">
      <h2>{t('settings.rules.autoReply.title')}</h2>
      <p className="muted">{t('settings.rules.autoReply.hint', { variables: AUTO_REPLY_VARIABLES.map((v) => `{${v}}`).join(' ') })}</p>
      {shop ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ShopPicker id="auto-reply-shop" shops={shops} value={shop.id} onChange={setShopId} />
          {AUTO_REPLY_REASONS.map((r) => (
            <Field key={r} label={t(`settings.rules.autoReply.${r}`)} htmlFor={`auto-reply-${r}`} error={errors.byField[`autoReply.${r}`]}>
              <textarea id={`auto-reply-${r}`} rows={2} value={form[r]} placeholder={AUTO_REPLY_TEXT[r]} onChange={(e) => setForm({ ...form, [r]: e.target.value })} />
            </Field>
          ))}
          <SaveRow saved={saved} />
          <FormProblems lines={errors.rest} />
        </form>
      ) : <p className="muted">{t('settings.rules.noShops')}</p>}
    </section>
  );
}

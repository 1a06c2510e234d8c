import { useState, type ReactElement } from 'react';
import { analyzeTemplate, PHRASE_GROUPS, PHRASE_VARIABLES, PhraseDraft } from '@shared/domain/phrases';
import type { Phrase, Shop } from '@shared/schemas/entities';
import { zodProblems } from '@shared/lib/problem';
import { problemReason, useTranslation } from '../../i18n';
import { Field } from '../../ui';

export type PhraseFields = Pick<Phrase, 'group' | 'title' | 'text' | 'shortcut' | 'keywords' | 'scope' | 'shopId'> & { variantOf?: string | null };

/**
 * Create or edit one phrase. Errors name the field; unknown {变量} are flagged as the agent types.
 * A phrase may be for one shop only; a shop's variant of a team phrase (`variantOf`) stands in
 * for it in that shop and must name the shop.
 */
export function PhraseEditor({ initial, shops, onSave, onCancel }: { initial: PhraseFields; shops: Shop[]; onSave: (p: PhraseFields) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState({ ...initial, keywords: initial.keywords.join('、') });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const unknown = analyzeTemplate(f.text).unknownVariables;
  const slots = analyzeTemplate(f.text).slots;

  const save = async (): Promise<void> => {
    const parsed = PhraseDraft.safeParse(f);
    if (!parsed.success) {
      // Each message beside its own field: the reason alone, in the agent's language.
      const e: Record<string, string> = {};
      for (const p of zodProblems(parsed.error, { input: f })) e[p.field?.split('.')[0] ?? ''] ??= problemReason(t, p);
      return setErrors(e);
    }
    const d = parsed.data;
    if (f.variantOf && !f.shopId) return setErrors({ shopId: t('presale.phrases.variantNeedsShop') });
    await onSave({ group: d.group, title: d.title, text: d.text, shortcut: d.shortcut, keywords: d.keywords, scope: d.scope, shopId: f.shopId || null, variantOf: f.variantOf ?? null });
  };
  // Each field carries its own error (aria-invalid, described by the message under it).
  const field = (name: keyof typeof f, input: ReactElement<{ id?: string }>) => (
    <Field label={t(`presale.phrases.field.${name}`)} htmlFor={`ph-${name}`} error={errors[name]}>{input}</Field>
  );

  return (
    <form className="phrase-editor card" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="phrase-editor">
      {field('group', (
        <select value={f.group} onChange={(e) => setF({ ...f, group: e.target.value })}>
          {[...new Set([...PHRASE_GROUPS, f.group])].map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
      ))}
      {field('title', <input value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} />)}
      {field('text', <textarea rows={4} value={f.text} onChange={(e) => setF({ ...f, text: e.target.value })} />)}
      {unknown.length > 0 ? <div className="warn" role="status" data-testid="unknown-variables">{t('presale.phrases.unknownVars', { names: unknown.map((n) => `{${n}}`).join(' ') })}</div> : null}
      <p className="muted">{t('presale.phrases.varsHelp')} {PHRASE_VARIABLES.map((v) => `{${v.name}}`).join(' ')} · {t('presale.phrases.slotHelp')} {'{{尺码}}'}{slots.length > 0 ? ` (${slots.join('、')})` : ''}</p>
      {field('shortcut', <input value={f.shortcut} onChange={(e) => setF({ ...f, shortcut: e.target.value })} />)}
      {field('keywords', <input value={f.keywords} onChange={(e) => setF({ ...f, keywords: e.target.value })} />)}
      {field('shopId', (
        <select value={f.shopId ?? ''} onChange={(e) => setF({ ...f, shopId: e.target.value || null })}>
          {f.variantOf ? null : <option value="">{t('presale.phrases.allShops')}</option>}
          {shops.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      ))}
      {f.variantOf ? <p className="muted" data-testid="variant-hint">{t('presale.phrases.variantHint')}</p> : null}
      {field('scope', (
        <select value={f.scope} onChange={(e) => setF({ ...f, scope: e.target.value as Phrase['scope'] })}>
          <option value="team">{t('presale.phrases.team')}</option>
          <option value="personal">{t('presale.phrases.personal')}</option>
        </select>
      ))}
      <div className="popover__actions">
        <button type="button" className="btn" onClick={onCancel}>{t('presale.cancel')}</button>
        <button type="submit" className="btn btn--primary">{t('presale.phrases.save')}</button>
      </div>
    </form>
  );
}

import type { ProductQa } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';

/** Questions with answers: the shop's FAQ, or 问大家 as buyers asked on the listing. */
export function QaEditor({ kind, items, invalid, onChange }: { kind: 'faqs' | 'asks'; items: ProductQa[]; invalid: ReadonlySet<string>; onChange: (items: ProductQa[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, qa: ProductQa) => onChange(items.map((x, j) => (j === i ? qa : x)));
  return (
    <div className="editor-section">
      <h4>{t(`knowledge.${kind}`)}</h4>
      {items.map((qa, i) => (
        <div className="qa-row" key={i}>
          <input value={qa.q} onChange={(e) => set(i, { ...qa, q: e.target.value })} placeholder={t('knowledge.editor.question')} aria-label={t('knowledge.editor.questionN', { list: t(`knowledge.${kind}`), n: i + 1 })} aria-invalid={invalid.has(`products.${kind}.${i}.q`)} />
          <textarea rows={2} value={qa.a} onChange={(e) => set(i, { ...qa, a: e.target.value })} placeholder={t('knowledge.editor.answer')} aria-label={t('knowledge.editor.answerN', { list: t(`knowledge.${kind}`), n: i + 1 })} aria-invalid={invalid.has(`products.${kind}.${i}.a`)} />
          <button type="button" className="link" onClick={() => onChange(items.filter((_, j) => j !== i))}>{t('knowledge.editor.remove')}</button>
        </div>
      ))}
      <button type="button" className="btn btn--small" onClick={() => onChange([...items, { q: '', a: '' }])}>{t(`knowledge.editor.add.${kind}`)}</button>
    </div>
  );
}

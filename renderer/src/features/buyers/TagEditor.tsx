import { useState } from 'react';
import type { Agent, Buyer } from '@shared/schemas/entities';
import { suggestTags } from '@shared/domain/presale';
import { setBuyerTags } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';

/** Tags on a buyer: remove with ×, add by typing or from the suggestions (母婴, 学生, 送礼 …). */
export function TagEditor({ buyer, agent }: { buyer: Buyer; agent: Agent }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async (tags: string[]): Promise<void> => {
    try {
      await setBuyerTags(buyer.id, tags, { agentId: agent.id, now: Date.now() });
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const add = (tag: string): void => {
    if (!tag.trim()) return;
    void save([...buyer.tags, tag.trim()]);
    setTyped('');
  };
  return (
    <section className="tags-editor">
      <h4>{t('buyer.tags')}</h4>
      <div className="tags-editor__tags" data-testid="buyer-tags">
        {buyer.tags.map((tag) => (
          <span key={tag} className="tag">{tag}<button className="tag__x" aria-label={t('buyers.removeTag', { tag })} onClick={() => void save(buyer.tags.filter((x) => x !== tag))}>×</button></span>
        ))}
        <input value={typed} onChange={(e) => setTyped(e.target.value)} maxLength={20} placeholder={t('buyers.addTag')} aria-label={t('buyers.addTag')}
          onKeyDown={(e) => { if (e.key === 'Enter' && !e.nativeEvent.isComposing) { e.preventDefault(); add(typed); } }} />
      </div>
      <div className="tags-editor__suggest">
        {suggestTags(buyer.tags, typed).slice(0, 6).map((tag) => <button key={tag} className="chip" onClick={() => add(tag)}>+{tag}</button>)}
      </div>
      {error ? <div className="error" role="alert">{error}</div> : null}
    </section>
  );
}

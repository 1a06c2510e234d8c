import { useState } from 'react';
import { PRESALE_STEPS, STARTER_PHRASES } from '@shared/domain/phrases';
import type { Agent } from '@shared/schemas/entities';
import { useLive } from '../../data';
import { ensureStarterPhrases, listPhrases } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';

/**
 * The starter phrases, one group per presale step (招呼 → 询问 → 推荐 → 议价 → 快递 → 核实 →
 * 道别 → 跟进), plus 催付, 售后 and 中差评: the same library the demo uses, put in an empty
 * library with one click (never on top of phrases a shop already has).
 */
export function StarterPhrases({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const phrases = useLive(listPhrases, [], []);
  const [error, setError] = useState<string | null>(null);
  const add = async (): Promise<void> => {
    try {
      await ensureStarterPhrases({ agentId: agent.id, now: Date.now() });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div className="starter-phrases" data-testid="starter-phrases">
      <p>{phrases.length ? t('onboarding.setup.phrases.have', { count: phrases.length }) : t('onboarding.setup.phrases.lead', { count: STARTER_PHRASES.length })}</p>
      {phrases.length === 0 ? <button type="button" className="btn btn--primary" onClick={() => void add()} data-testid="starter-add">{t('onboarding.setup.phrases.add')}</button> : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
      <div className="starter-phrases__steps">
        {PRESALE_STEPS.map((step) => (
          <section key={step} className="starter-phrases__step">
            <h4>{step}</h4>
            <ul>{STARTER_PHRASES.filter((p) => p.group === step).slice(0, 3).map((p) => <li key={p.shortcut}><span className="mono">{p.shortcut}</span> {p.title}<br /><span className="muted">{p.text}</span></li>)}</ul>
          </section>
        ))}
      </div>
    </div>
  );
}

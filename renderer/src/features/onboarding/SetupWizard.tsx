import { useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { listAgents, listShops, useLive } from '../../data';
import { saveSetupProgress, setupCounts } from '../../data';
import { useTranslation } from '../../i18n';
import { AgentsSection, ShopsSection } from '../settings';
import { OrderImport } from '../orders';
import { ProductImport } from '../knowledge';
import { StarterPhrases } from './StarterPhrases';
import './wizard.css';

export const SETUP_STEPS = ['shops', 'agents', 'orders', 'products', 'phrases', 'done'] as const;

/**
 * The first start of a real shop, after 创建我的店铺: more shops, the colleagues on this PC,
 * orders (the 导入订单 panel), products (the product import), the starter phrases. Every step can
 * be skipped and done later in 设置, 订单 or 知识库; the step on screen survives a reload.
 */
export function SetupWizard({ agent, step: initial }: { agent: Agent; step: number }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(Math.min(initial, SETUP_STEPS.length - 1));
  const shops = useLive(listShops, [], []);
  const agents = useLive(listAgents, [], []);
  const counts = useLive(setupCounts, [], null);
  const ctx = () => ({ agentId: agent.id, now: Date.now() });
  const go = (next: number): void => {
    setStep(next);
    void saveSetupProgress({ step: next, done: false }, ctx());
  };
  const finish = (): void => void saveSetupProgress({ step, done: true }, ctx());
  const key = SETUP_STEPS[step] ?? 'done';

  return (
    <main className="wizard" data-testid="setup-wizard">
      <header className="wizard__head">
        <h1>{t('onboarding.setup.title')}</h1>
        <ol className="wizard__steps">
          {SETUP_STEPS.map((s, i) => (
            <li key={s} className={i === step ? 'wizard__step wizard__step--on' : i < step ? 'wizard__step wizard__step--past' : 'wizard__step'} aria-current={i === step ? 'step' : undefined}>
              <button type="button" className="link" onClick={() => go(i)}>{i + 1}. {t(`onboarding.setup.step.${s}`)}</button>
            </li>
          ))}
        </ol>
      </header>
      <section className="wizard__body" aria-labelledby="wizard-step-title">
        <h2 id="wizard-step-title">{t(`onboarding.setup.step.${key}`)}</h2>
        <p className="muted">{t(`onboarding.setup.lead.${key}`)}</p>
        {key === 'shops' ? <ShopsSection agentId={agent.id} /> : null}
        {key === 'agents' ? <AgentsSection agents={agents} current={agent} /> : null}
        {key === 'orders' ? <OrderImport shops={shops} onClose={() => go(step + 1)} /> : null}
        {key === 'products' ? <ProductImport shops={shops} agentId={agent.id} /> : null}
        {key === 'phrases' ? <StarterPhrases agent={agent} /> : null}
        {key === 'done' && counts ? (
          <ul className="wizard__summary" data-testid="setup-summary">
            {(['shops', 'agents', 'orders', 'products', 'phrases'] as const).map((k) => <li key={k}>{t(`onboarding.setup.count.${k}`, { count: counts[k] })}</li>)}
          </ul>
        ) : null}
      </section>
      <footer className="wizard__nav">
        {step > 0 ? <button type="button" className="btn" onClick={() => go(step - 1)}>{t('onboarding.setup.back')}</button> : null}
        {key === 'done'
          ? <button type="button" className="btn btn--primary" onClick={finish} data-testid="setup-finish">{t('onboarding.setup.finish')}</button>
          : <button type="button" className="btn btn--primary" onClick={() => go(step + 1)} data-testid="setup-next">{t('onboarding.setup.next')}</button>}
        {key !== 'done' ? <button type="button" className="btn btn--ghost" onClick={finish} data-testid="setup-skip">{t('onboarding.setup.skip')}</button> : null}
      </footer>
    </main>
  );
}

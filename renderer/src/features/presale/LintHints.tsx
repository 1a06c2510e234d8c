import type { LintWarning } from '@shared/domain/lint';
import { useTranslation } from '../../i18n';

/** Reply-lint warnings under the composer: advice and a one-click rewrite; never blocks sending. */
export function LintHints({ warnings, onApply, rewrite, onApplyAll }: { warnings: LintWarning[]; onApply: (w: LintWarning) => void; rewrite: string; onApplyAll: () => void }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <ul className="lint" role="status" aria-label={t('presale.lint.title')} data-testid="lint-warnings">
      {warnings.slice(0, 4).map((w) => (
        <li key={`${w.rule}-${w.start}`} className="lint__item">
          <span className={`lint__rule lint__rule--${w.rule}`}>{t(`presale.lint.rule.${w.rule}`)}</span>
          <span className="lint__msg">{w.message}</span>
          <span className="lint__suggest">{t('presale.lint.suggest')}<q data-testid="lint-suggestion">{w.suggestion}</q></span>
          <button type="button" className="btn btn--small" onClick={() => onApply(w)}>{t('presale.lint.apply')}</button>
        </li>
      ))}
      {warnings.length > 1 ? (
        <li className="lint__item lint__item--all">
          <span className="lint__suggest">{t('presale.lint.rewrite')}<q data-testid="lint-rewrite">{rewrite}</q></span>
          <button type="button" className="btn btn--small" onClick={onApplyAll}>{t('presale.lint.applyAll')}</button>
        </li>
      ) : null}
    </ul>
  );
}

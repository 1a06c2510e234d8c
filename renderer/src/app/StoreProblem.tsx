import type { StoreCheck } from '../data';
import { problemText, useTranslation } from '../i18n';

/**
 * The store on disk is not one we can safely open. We say what we found and change nothing:
 * no silent reset, no upgrade of somebody else's data.
 */
export function StoreProblem({ check }: { check: StoreCheck }) {
  const { t } = useTranslation();
  const detail =
    check.kind === 'foreign' ? t('storeProblem.foreign', { version: check.version, stores: check.stores.join(', ') || '—' })
    : check.kind === 'newer' ? t('storeProblem.newer', { version: check.version })
    : check.kind === 'unreadable' ? t('storeProblem.unreadable', { reason: problemText(t, check.problem) })
    : '';
  return (
    <main className="store-problem" role="alert" data-testid="store-problem">
      <h1>{t('storeProblem.title')}</h1>
      <p>{detail}</p>
      <p>{t('storeProblem.nothingChanged')}</p>
      <p className="muted">{t('storeProblem.whatToDo')}</p>
    </main>
  );
}

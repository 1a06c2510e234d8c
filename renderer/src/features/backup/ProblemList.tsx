import type { Problem } from '@shared/lib/problem';
import { problemText, useTranslation } from '../../i18n';

/** Why a backup file was refused, one line per problem, each naming row, table and field. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" data-testid="backup-problems">
      <p className="error">{t('backup.refused')}</p>
      <ul className="backup__problems">
        {problems.map((p, i) => <li key={i}>{problemText(t, p)}</li>)}
      </ul>
    </div>
  );
}

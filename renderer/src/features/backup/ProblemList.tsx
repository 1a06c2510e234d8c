import type { BackupProblem } from '../../data/backup';
import { useTranslation } from '../../i18n';

/** Why a backup file was refused, one line per problem, each naming table, row and field. */
export function ProblemList({ problems }: { problems: BackupProblem[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" data-testid="backup-problems">
      <p className="error">{t('backup.refused')}</p>
      <ul className="backup__problems">
        {problems.map((p, i) => <li key={i}>{t(`backup.problem.${p.kind}`, { ...p })}</li>)}
      </ul>
    </div>
  );
}

import { formatShanghaiShort } from '@shared/lib/time';
import { exportAudit, listAgents, useLive, useSharedLive } from '../../data';
import { useTranslation } from '../../i18n';

/** Who took buyer data out of the app, when, in which file and why: the newest export entries of the audit. */
export function ExportLog() {
  const { t } = useTranslation();
  const entries = useLive(() => exportAudit(20), [], []);
  const agents = useSharedLive(listAgents, []);
  if (entries.length === 0) return null;
  return (
    <details className="reveal-log" data-testid="export-log">
      <summary>{t('backup.exportLog', { count: entries.length })}</summary>
      <ul>
        {entries.map((a) => (
          <li key={a.id}>
            {formatShanghaiShort(a.at)} · {agents.find((x) => x.id === a.agentId)?.name ?? a.agentId} · {t(`backup.exportKind.${a.action.slice('export:'.length)}`, { defaultValue: a.action })} · {a.subjectId} · {a.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

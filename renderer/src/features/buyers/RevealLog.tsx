import type { AuditEntry } from '@shared/schemas/entities';
import { formatShanghaiShort } from '@shared/lib/time';
import { listAgents, useSharedLive } from '../../data';
import { useTranslation } from '../../i18n';

/** Who revealed what, when and why: the audit entries of one buyer or order, as text. */
export function RevealLog({ entries, what, testId = 'reveal-log' }: { entries: readonly AuditEntry[]; what: (entry: AuditEntry) => string; testId?: string }) {
  const { t } = useTranslation();
  const agents = useSharedLive(listAgents, []);
  if (entries.length === 0) return null;
  return (
    <details className="reveal-log">
      <summary>{t('buyers.reveal.log', { count: entries.length })}</summary>
      <ul data-testid={testId}>
        {entries.map((a) => (
          <li key={a.id}>{formatShanghaiShort(a.at)} · {agents.find((x) => x.id === a.agentId)?.name ?? a.agentId} · {what(a)} · {a.reason}</li>
        ))}
      </ul>
    </details>
  );
}

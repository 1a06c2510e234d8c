import { teamView, useLive } from '../../data';
import { useTranslation } from '../../i18n';
import { failureText } from './failureText';
import './team.css';

/**
 * The header's team-sync state, always on screen: 已同步 · 同步中 · 首次同步 35% · 离线（N 条待上传）·
 * 同步失败：reason. A failure is loud (red, announced), never a silent icon.
 */
export function SyncIndicator({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const view = useLive(() => teamView(), [], null);
  if (!view) return null;
  const { kind, pending, reason, refused, percent } = view.indicator;
  const text =
    kind === 'standalone' ? t('team.indicator.standalone')
      : kind === 'synced' ? t('team.indicator.synced')
        : kind === 'pending' ? t('team.indicator.pending', { count: pending })
          : kind === 'offline' ? t('team.indicator.offline', { count: pending })
            : kind === 'initial' ? t('team.indicator.initial', { percent: percent ?? 0 })
            : t('team.indicator.failed', { reason: failureText(reason ?? 'unknown', refused) });
  const title = [view.link ? t('team.indicator.team', { team: view.link.teamName }) : null, view.status?.failure?.detail ?? null, view.clockAheadAt ? t('team.clockAhead') : null].filter(Boolean).join('\n');
  return (
    <button
      type="button"
      className={`sync-indicator sync-indicator--${kind}`}
      data-testid="sync-indicator"
      data-state={kind}
      onClick={onOpen}
      title={title || undefined}
      // Announced when it changes; a failure interrupts (it must never pass unnoticed).
      aria-live={kind === 'failed' ? 'assertive' : 'polite'}
    >
      <span className="sync-indicator__dot" aria-hidden="true" />
      {text}
      {view.clockAheadAt ? <span className="sync-indicator__clock" data-testid="sync-clock-flag">{t('team.indicator.clock')}</span> : null}
    </button>
  );
}

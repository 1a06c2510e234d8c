import type { IngestRejection } from '@shared/schemas/ingest';
import { formatShanghaiShort } from '@shared/lib/time';
import type { ApplyProblem } from '../../data';
import { useTranslation } from '../../i18n';

/** Refused requests (from the endpoint) and events the store could not use (from this PC), as text only. */
export function IngestRejections({ rejections, problems }: { rejections: IngestRejection[]; problems: ApplyProblem[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('settings.ingest.rejectedTitle')}</h3>
      {rejections.length === 0 ? <p className="muted">{t('settings.ingest.noneRejected')}</p> : (
        <ul className="ingest__list" data-testid="ingest-rejections">
          {rejections.slice(0, 5).map((r) => (
            <li key={`${r.at}-${r.status}-${r.error}`}>
              <span className="ingest__status">{r.status}</span>{r.times ? ` ×${r.times}` : ''} {formatShanghaiShort(r.at)} · {t(`settings.ingest.statusMeaning.${r.status}`, { defaultValue: '' })}
              {/* The endpoint's own words, as the sender got them (the API speaks English). */}
              <span className="muted"> ({r.error})</span>
              {r.problems.length ? (
                <ul>
                  {r.problems.map((p) => (
                    <li key={p.index}>{t('settings.ingest.problemLine', { index: p.index, eventId: p.eventId ?? '—', field: p.field, reason: p.reason })}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('settings.ingest.problemsTitle')}</h3>
      {problems.length === 0 ? <p className="muted">{t('settings.ingest.noProblems')}</p> : (
        <ul className="ingest__list" data-testid="ingest-problems">
          {problems.slice(0, 5).map((p) => (
            <li key={`${p.at}-${p.eventId}`}>{formatShanghaiShort(p.at)} · {p.type} · {p.eventId} · {t(`settings.ingest.reason.${p.reason.startsWith('error') ? 'error' : p.reason}`)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

import { FIGURES, isDispute, isRefund, isSettledReview, type FigureId, type FigureValues, type ReportFacts } from '@shared/domain/reports';
import { useDuration, useTranslation } from '../../i18n';
import type { Drill } from './Charts';
import { formatChange, formatFigure } from './format';

/** The figures a supervisor is judged by, in the groups they read them in. */
export const CARD_GROUPS: ReadonlyArray<{ id: string; figures: readonly FigureId[] }> = [
  { id: 'service', figures: ['served', 'responseRate', 'firstReply', 'meanReply'] },
  { id: 'sales', figures: ['consulted', 'ordered', 'paid', 'conversion', 'sales', 'perBuyer'] },
  { id: 'payments', figures: ['paymentRate', 'recovered'] },
  { id: 'aftersale', figures: ['refundRate', 'selfCloseRate', 'disputeRate', 'reviewModifyRate', 'reviewResolve', 'notBought'] },
];

type Keep = Drill['keep'];
const keepOf = (id: FigureId): Keep => {
  switch (id) {
    case 'ordered': return ((c: ReportFacts['consultations'][number]) => c.orders.length > 0) as Keep;
    case 'paid': case 'sales': case 'perBuyer': return ((c: ReportFacts['consultations'][number]) => c.orders.some((o) => o.paidAt !== null)) as Keep;
    case 'recovered': return ((p: ReportFacts['payments'][number]) => p.paid) as Keep;
    case 'refundRate': case 'selfCloseRate': return isRefund as Keep;
    case 'disputeRate': return isDispute as Keep;
    case 'reviewModifyRate': case 'reviewResolve': return isSettledReview as Keep;
    case 'notBought': return ((o: ReportFacts['outcomes'][number]) => !o.ordered) as Keep;
    default: return undefined;
  }
};

/** The drill-down of a whole-period figure. */
export const figureDrill = (id: FigureId, title: string): Drill => ({ title, kind: FIGURES[id].kind, cell: null, keep: keepOf(id) });

/** Each figure with its definition (hover, or the ⓘ for keyboard and touch) and its change from the previous period; a click lists the records. */
export function FigureCards({ now, before, onDrill }: { now: FigureValues; before: FigureValues | null; onDrill: (d: Drill) => void }) {
  const { t } = useTranslation();
  const duration = useDuration();
  return (
    <div className="figure-groups">
      {CARD_GROUPS.map((g) => (
        <section key={g.id} className="figure-group" aria-label={t(`reports.group.${g.id}`)}>
          <h3>{t(`reports.group.${g.id}`)}</h3>
          <div className="figure-cards">
            {g.figures.map((id) => {
              const change = before ? formatChange(id, now[id], before[id], duration) : { text: '', better: null };
              const name = t(`reports.fig.${id}.name`);
              return (
                <button key={id} type="button" className="figure-card" data-testid={`figure-${id}`} title={t(`reports.fig.${id}.def`)} onClick={() => onDrill(figureDrill(id, name))}>
                  <span className="figure-card__name">{name}</span>
                  <span className="figure-card__value" data-testid={`figure-${id}-value`}>{formatFigure(id, now[id], duration)}</span>
                  <span className={`figure-card__change${change.better === true ? ' good' : change.better === false ? ' bad' : ''}`}>
                    {change.text ? t('reports.vsPrevious', { change: change.text }) : t('reports.noPrevious')}
                  </span>
                </button>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}

/** Every figure's definition in one place (the side note the tooltips repeat). */
export function Definitions() {
  const { t } = useTranslation();
  return (
    <details className="report-defs" data-testid="report-definitions">
      <summary>{t('reports.definitions')}</summary>
      <dl>
        {CARD_GROUPS.flatMap((g) => g.figures).map((id) => (
          <div key={id}>
            <dt>{t(`reports.fig.${id}.name`)}</dt>
            <dd>{t(`reports.fig.${id}.def`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

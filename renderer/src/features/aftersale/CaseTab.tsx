import { useLive, caseView } from '../../data';
import { useTranslation } from '../../i18n';
import { Empty } from '../../ui/Empty';
import { SubjectFollowUps } from '../handover';
import { ReviewCase } from '../reviews';
import { TicketCase } from './TicketCase';
import './aftersale.css';

/** One aftersale case or 中差评 in its own tab (the tray and registers open both here). */
export function CaseTab({ id }: { id: string }) {
  const { t } = useTranslation();
  const view = useLive(() => caseView(id), [id], null);
  if (view === null) return null;
  if (view.kind === 'missing') return <Empty title={t('entity.missing')} />;
  const c = view.kind === 'review' ? view.review : view.ticket;
  return (
    <div className="case-tab">
      {view.kind === 'review' ? <ReviewCase key={c.id} review={view.review} ctx={view} /> : <TicketCase key={c.id} ticket={view.ticket} photos={view.photos} ctx={view} />}
      {/* The shift area's note and hand-added promises about this case (and its buyer/order). */}
      <SubjectFollowUps key={`shift:${c.id}`} bar subjectId={c.id} buyerId={c.buyerId} caseId={c.id} orderId={c.orderId} />
    </div>
  );
}

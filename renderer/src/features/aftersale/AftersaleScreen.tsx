import { ticketQueue } from '@shared/domain/cases';
import { formatShanghaiShort } from '@shared/lib/time';
import { useLive, openTicketQueue } from '../../data';
import { useTranslation } from '../../i18n';
import { rovingTabIndex } from '../../ui/roving';
import { Segmented } from '../../ui/Segmented';
import { useTabs } from '../../state/tabs';
import { Empty } from '../../ui/Empty';
import { useNow } from '../../ui/useNow';
import { useCaseScreen, useCaseText, useCaseQueue } from '../cases';
import { NewCaseForm } from './NewCaseForm';
import { TicketRegister } from './TicketRegister';
import './aftersale.css';

/** 售后 tab: open cases by due time (overdue first, highlighted), registering by hand, and the register. */
export function AftersaleScreen() {
  const { t } = useTranslation();
  const { countdown } = useCaseText();
  const now = useNow(30_000);
  const { view, setView, adding, setAdding } = useCaseScreen();
  const queueList = useCaseQueue('[data-testid="ticket-item"]');
  const { rows: queue, overdue } = ticketQueue(useLive(openTicketQueue, [], []), now);
  const open = useTabs((s) => s.open);
  return (
    <div className="cases-screen" data-testid="aftersale-screen">
      <div className="cases-screen__bar">
        <Segmented values={['queue', 'register'] as const} value={view} onChange={setView} labelOf={(v) => t(`aftersale.aftersaleView.${v}`)} testId={(v) => `aftersale-view-${v}`} />
        <span className="muted" data-testid="aftersale-counts">{t('aftersale.queueCounts', { open: queue.length, overdue })}</span>
        <button className="btn btn--primary" onClick={() => setAdding((a) => !a)} data-testid="case-new">{t('aftersale.newCase')} <kbd>Alt+N</kbd></button>
      </div>
      {adding ? <NewCaseForm onCancel={() => setAdding(false)} onCreated={(x) => { setAdding(false); open({ entity: 'case', id: x.id }, t(`aftersale.types.${x.type}`)); }} /> : null}
      {view === 'register' ? <TicketRegister /> : queue.length === 0 ? <Empty title={t('aftersale.noOpenCases')} /> : (
        <ul className="case-queue" data-testid="ticket-queue" ref={queueList}>
          {queue.map(({ ticket: x, buyerNick, orderNo, ownerName, overdue: over }, i) => (
            <li key={x.id}>
              <button className={`case-row${over ? ' case-row--over' : ''}`} onClick={() => open({ entity: 'case', id: x.id }, `${t(`aftersale.types.${x.type}`)} ${buyerNick}`)} data-testid="ticket-item" data-overdue={over} tabIndex={rovingTabIndex(i === 0)} data-autofocus={i === 0 ? '' : undefined}>
                <span className="badge">{t(`aftersale.types.${x.type}`)}</span>
                <span className="case-row__main">
                  <strong>{buyerNick}</strong> <span className="muted mono">{orderNo}</span>
                  <span className="case-row__text">{x.summary}</span>
                </span>
                <span className="case-row__meta">
                  <span className="status">{t(`aftersale.steps.${x.step}`)}</span>
                  <span className="muted">{ownerName}</span>
                  <span className={over ? 'timer timer--over' : 'timer'}>{t('aftersale.dueAt', { at: formatShanghaiShort(x.dueAt) })} · {countdown(x.dueAt, now)}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

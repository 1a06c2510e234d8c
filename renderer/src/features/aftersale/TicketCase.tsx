import { useEffect, useRef, useState } from 'react';
import type { ResponsibleParty, Ticket } from '@shared/schemas/entities';
import { fillCaseTemplate, nextStep, stepPhrase, TICKET_KINDS, TICKET_STEPS } from '@shared/domain/cases';
import { formatShanghaiShort } from '@shared/lib/time';
import { listAgents, useLive, type CaseContext, type PhotoRow, addPhoto, advanceTicket, logTicketContact, resolveTicket, sendCaseMessage, updateTicket } from '../../data';
import { ProblemError } from '@shared/lib/problem';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';
import { useSession } from '../../state/session';
import { useNow } from '../../ui/useNow';
import { useCommands } from '../../ui/commands';
import { yuan } from '../../ui/money';
import { ContactLog, ConversationBeside, OwnerSelect, parseYuan, useCaseText } from '../reviews';
import { Photos } from './Photos';
import { TicketFieldsForm } from './TicketFieldsForm';
import { stepMessageCommands } from './commands';

const PARTIES: readonly ResponsibleParty[] = ['warehouse', 'courier', 'buyer', 'supplier', 'shop'];

/** Where a refusal is shown: beside the section whose field it names, so the agent sees it where they typed. */
type Place = 'top' | 'photos' | 'handling';
const HANDLING_FIELDS = new Set(['amountFen', 'resolution', 'trackingNo', 'responsible', 'responsibleParty']);
function placeOf(e: unknown): Place {
  if (!(e instanceof ProblemError)) return 'top';
  const f = e.problem.field ?? '';
  // A step refused for missing photos or handling data is reported at the step buttons.
  if (f === 'photo') return 'photos';
  return HANDLING_FIELDS.has(f) && !['resolutionRequired', 'trackingRequired', 'responsibleRequired'].includes(e.problem.code) ? 'handling' : 'top';
}

/** One aftersale case: workflow, type fields, photos, handling, step message, contact log, conversation. */
export function TicketCase({ ticket, photos, ctx }: { ticket: Ticket; photos: PhotoRow[]; ctx: CaseContext }) {
  const { t } = useTranslation();
  const { problem, countdown } = useCaseText();
  const agentId = useSession((s) => s.agentId) ?? 'system';
  const agents = useLive(listAgents, [], []);
  const now = useNow(30_000);
  const [error, setError] = useState<{ text: string; place: Place } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resolution, setResolution] = useState(ticket.resolution ?? '');
  const [amount, setAmount] = useState(ticket.amountFen == null ? '' : String(ticket.amountFen / 100));
  const [tracking, setTracking] = useState(ticket.trackingNo ?? '');
  const [responsible, setResponsible] = useState(ticket.responsible ?? '');
  const [party, setParty] = useState<ResponsibleParty | ''>(ticket.responsibleParty ?? '');
  const vars = { 买家: ctx.buyer?.nick, 订单号: ctx.order?.orderNo, 物流单号: ticket.trackingNo ?? ctx.order?.trackingNo };
  const [phrase, setPhrase] = useState(() => fillCaseTemplate(stepPhrase(ticket.type, ticket.step), vars));
  // A new step brings its own phrase.
  useEffect(() => setPhrase(fillCaseTemplate(stepPhrase(ticket.type, ticket.step), vars)), [ticket.step, ticket.trackingNo]); // eslint-disable-line react-hooks/exhaustive-deps
  const write = () => ({ agentId, now: Date.now() });
  const run = async (f: () => Promise<unknown>, done?: string): Promise<string | null> => {
    try {
      await f();
      setError(null);
      setNotice(done ?? null);
      return null;
    } catch (e) {
      const msg = problem(e);
      setError({ text: msg, place: placeOf(e) });
      setNotice(null);
      return msg;
    }
  };
  const kind = TICKET_KINDS[ticket.type];
  const next = nextStep(ticket.step);
  const open = ticket.status === 'open';
  const stepIdx = TICKET_STEPS.indexOf(ticket.step);
  const save = () => run(() => updateTicket(ticket.id, {
    resolution: resolution.trim() || null, amountFen: parseYuan(amount), trackingNo: tracking.trim() || null,
    responsible: responsible.trim() || null, responsibleParty: party || null,
  }, write()), t('cases.saved'));

  const sendStep = () => run(() => sendCaseMessage(ticket.id, phrase, write()), t('cases.sent'));
  const phraseBox = useRef<HTMLTextAreaElement>(null);
  // Ctrl+Enter in the step message sends it.
  useCommands(stepMessageCommands, { send: () => void sendStep() }, phraseBox);

  return (
    <div className="case" data-testid="ticket-case">
      <div className="case__main">
        <div className="case__head">
          <h2>
            {t(`cases.types.${ticket.type}`)} · {ctx.buyer?.nick}
            <span className={`status status--${open && ticket.dueAt <= now ? 'overdue' : ticket.status}`} data-testid="ticket-status">{t(`cases.ticketStatus.${ticket.status}`)}</span>
          </h2>
          <OwnerSelect agents={agents} value={ticket.ownerId} onChange={(ownerId) => void run(() => updateTicket(ticket.id, { ownerId }, write()))} />
        </div>
        <ol className="steps" data-testid="ticket-steps">
          {TICKET_STEPS.map((s, i) => (
            <li key={s} className={i < stepIdx || ticket.status !== 'open' ? 'steps--done' : i === stepIdx ? 'steps--now' : ''} aria-current={i === stepIdx ? 'step' : undefined}>{t(`cases.steps.${s}`)}</li>
          ))}
        </ol>
        <dl className="detail__facts">
          <dt>{t('cases.summaryLabel')}</dt><dd>{ticket.summary}</dd>
          <dt>{t('cases.order')}</dt><dd className="mono">{ctx.order ? `${ctx.order.orderNo} · ${yuan(ctx.order.totalFen)}` : '—'}</dd>
          <dt>{t('cases.product')}</dt><dd>{ticket.product || '—'}</dd>
          <dt>{t('cases.registered')}</dt><dd>{formatShanghaiShort(ticket.createdAt)}</dd>
          <dt>{t('cases.due')}</dt><dd data-testid="ticket-due">{open ? `${formatShanghaiShort(ticket.dueAt)} · ${countdown(ticket.dueAt, now)}` : t('cases.closedAt', { at: ticket.resolvedAt ? formatShanghaiShort(ticket.resolvedAt) : '' })}</dd>
        </dl>
        {open ? (
          <div className="case__form">
            {next ? <button className="btn btn--primary" onClick={() => void run(() => advanceTicket(ticket.id, next, write()))} data-testid="ticket-advance">{t('cases.advance', { step: t(`cases.steps.${next}`) })}</button> : null}
            {ticket.step === 'revisit' ? <button className="btn btn--primary" onClick={() => void run(() => resolveTicket(ticket.id, write()))} data-testid="ticket-resolve">{t('cases.resolve')}</button> : null}
          </div>
        ) : null}
        {error?.place === 'top' ? <div className="error" role="alert" data-testid="case-error">{error.text}</div> : null}
        {notice ? <div className="ok" role="status">{notice}</div> : null}

        <section className="case__section">
          <h3>{t('cases.stepPhrase', { step: t(`cases.steps.${ticket.step}`) })}</h3>
          <textarea ref={phraseBox} className="wide" rows={3} value={phrase} onChange={(e) => setPhrase(e.target.value)} data-testid="step-phrase" aria-label={t('cases.stepPhrase', { step: t(`cases.steps.${ticket.step}`) })} />
          <button className="btn" onClick={() => void sendStep()} data-testid="step-send">{t('cases.sendToBuyer')} <kbd>Ctrl+Enter</kbd></button>
        </section>

        <TicketFieldsForm ticket={ticket} now={now} onChange={(fields) => void run(() => updateTicket(ticket.id, { fields }, write()))} />
        <Photos photos={photos} onAdd={(f) => void run(() => addPhoto(ticket.id, f, f.name, write()), t('cases.photoAdded'))} />
        {error?.place === 'photos' ? <div className="error" role="alert" data-testid="case-error">{error.text}</div> : null}

        <section className="case__section" data-testid="ticket-handling">
          <h3>{t('cases.handling')}</h3>
          <div className="case__form">
            <Field label={t('cases.field.resolution')} className="grow"><input value={resolution} onChange={(e) => setResolution(e.target.value)} data-testid="ticket-resolution" /></Field>
            {kind.refundable ? <Field label={t('cases.field.amountFen')}><input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" data-testid="ticket-amount" /></Field> : null}
            <Field label={t('cases.field.trackingNo')}><input className="mono" value={tracking} onChange={(e) => setTracking(e.target.value)} data-testid="ticket-tracking" /></Field>
          </div>
          <div className="case__form">
            <Field label={t('cases.field.responsibleParty')}>
              <select value={party} onChange={(e) => setParty(e.target.value as ResponsibleParty | '')} data-testid="ticket-party">
                <option value="">—</option>
                {PARTIES.map((p) => <option key={p} value={p}>{t(`cases.parties.${p}`)}</option>)}
              </select>
            </Field>
            <Field label={t('cases.field.responsible')}><input value={responsible} onChange={(e) => setResponsible(e.target.value)} data-testid="ticket-responsible" /></Field>
            <button className="btn" onClick={() => void save()} data-testid="ticket-save">{t('cases.save')}</button>
          </div>
          {error?.place === 'handling' ? <div className="error" role="alert" data-testid="case-error">{error.text}</div> : null}
          <p className="muted">{ctx.order ? t('cases.amountNote', { max: yuan(ctx.order.totalFen) }) : null} {ticket.amountFen != null ? t('cases.amountStored', { amount: yuan(ticket.amountFen) }) : null}</p>
        </section>

        <ContactLog contacts={ctx.contacts} agents={agents} onLog={(c) => logTicketContact(ticket.id, c, write()).then(() => null, problem)} />
      </div>
      <ConversationBeside messages={ctx.messages} buyerNick={ctx.buyer?.nick ?? ''} />
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { ResponsibleParty, type Ticket } from '@shared/schemas/entities';
import { ticketCaseView, ticketProblemPlace, type TicketProblemPlace } from '@shared/domain/cases';
import { formatShanghaiShort } from '@shared/lib/time';
import { type CaseContext, type PhotoRow, addPhoto, advanceTicket, logTicketContact, resolveTicket, sendCaseMessage, updateTicket } from '../../data';
import { ProblemError } from '@shared/lib/problem';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';
import { useCommands } from '../../ui/commands';
import { formatYuan, parseYuan, yuanInput } from '@shared/lib/money';
import { ContactLog, ConversationBeside, OwnerSelect, useCaseDesk } from '../cases';
import { Photos } from './Photos';
import { TicketFieldsForm } from './TicketFieldsForm';
import { stepMessageCommands } from './commands';

/** Where a refusal is shown: beside the section whose field it names, so the agent sees it where they typed. */
type Place = TicketProblemPlace;
const placeOf = (e: unknown): Place => (e instanceof ProblemError ? ticketProblemPlace(e.problem) : 'top');

/** One aftersale case: workflow, type fields, photos, handling, step message, contact log, conversation. */
export function TicketCase({ ticket, photos, ctx }: { ticket: Ticket; photos: PhotoRow[]; ctx: CaseContext }) {
  const { t } = useTranslation();
  const { problem, countdown, agents, now, write } = useCaseDesk();
  const [error, setError] = useState<{ text: string; place: Place } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resolution, setResolution] = useState(ticket.resolution ?? '');
  const [amount, setAmount] = useState(yuanInput(ticket.amountFen));
  const [tracking, setTracking] = useState(ticket.trackingNo ?? '');
  const [responsible, setResponsible] = useState(ticket.responsible ?? '');
  const [party, setParty] = useState<ResponsibleParty | ''>(ticket.responsibleParty ?? '');
  const v = ticketCaseView({ ticket, order: ctx.order, buyer: ctx.buyer, now });
  const [phrase, setPhrase] = useState(v.phrase);
  // A new step brings its own phrase.
  useEffect(() => setPhrase(v.phrase), [ticket.step, ticket.trackingNo]); // eslint-disable-line react-hooks/exhaustive-deps
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
  const { next } = v;
  const save = () => run(() => updateTicket(ticket.id, {
    resolution: resolution.trim() || null, amountFen: parseYuan(amount), trackingNo: tracking.trim() || null,
    responsible: responsible.trim() || null, responsibleParty: party || null,
  }, write()), t('aftersale.saved'));

  const sendStep = () => run(() => sendCaseMessage(ticket.id, phrase, write()), t('aftersale.sent'));
  const phraseBox = useRef<HTMLTextAreaElement>(null);
  // Ctrl+Enter in the step message sends it.
  useCommands(stepMessageCommands, { send: () => void sendStep() }, phraseBox);

  return (
    <div className="case" data-testid="ticket-case">
      <div className="case__main">
        <div className="case__head">
          <h2>
            {t(`aftersale.types.${ticket.type}`)} · {ctx.buyer?.nick}
            <span className={`status status--${v.statusTone}`} data-testid="ticket-status">{t(`aftersale.ticketStatus.${ticket.status}`)}</span>
          </h2>
          <OwnerSelect agents={agents} value={ticket.ownerId} onChange={(ownerId) => void run(() => updateTicket(ticket.id, { ownerId }, write()))} />
        </div>
        <ol className="steps" data-testid="ticket-steps">
          {v.steps.map(({ step: s, done, current }) => (
            <li key={s} className={done ? 'steps--done' : current ? 'steps--now' : ''} aria-current={current ? 'step' : undefined}>{t(`aftersale.steps.${s}`)}</li>
          ))}
        </ol>
        <dl className="detail__facts">
          <dt>{t('aftersale.summaryLabel')}</dt><dd>{ticket.summary}</dd>
          <dt>{t('aftersale.order')}</dt><dd className="mono">{ctx.order ? `${ctx.order.orderNo} · ${formatYuan(ctx.order.totalFen)}` : '—'}</dd>
          <dt>{t('aftersale.product')}</dt><dd>{ticket.product || '—'}</dd>
          {typeof ticket.fields?.['refundNo'] === 'string' ? (
            <><dt>{t('aftersale.platformRefund')}</dt><dd data-testid="ticket-platform-refund">{t('aftersale.platformRefundText', { status: String(ticket.fields['platformStatus'] ?? ''), no: ticket.fields['refundNo'], amount: ticket.amountFen !== null ? formatYuan(ticket.amountFen) : '—' })}</dd></>
          ) : null}
          <dt>{t('aftersale.registered')}</dt><dd>{formatShanghaiShort(ticket.createdAt)}</dd>
          <dt>{t('aftersale.due')}</dt><dd data-testid="ticket-due">{v.dueAt !== null ? `${formatShanghaiShort(v.dueAt)} · ${countdown(v.dueAt, now)}` : t('aftersale.closedAt', { at: v.closedAt ? formatShanghaiShort(v.closedAt) : '' })}</dd>
        </dl>
        {v.open ? (
          <div className="case__form">
            {next ? <button className="btn btn--primary" onClick={() => void run(() => advanceTicket(ticket.id, next, write()))} data-testid="ticket-advance">{t('aftersale.advance', { step: t(`aftersale.steps.${next}`) })}</button> : null}
            {v.resolvable ? <button className="btn btn--primary" onClick={() => void run(() => resolveTicket(ticket.id, write()))} data-testid="ticket-resolve">{t('aftersale.resolve')}</button> : null}
          </div>
        ) : null}
        {error?.place === 'top' ? <div className="error" role="alert" data-testid="case-error">{error.text}</div> : null}
        {notice ? <div className="ok" role="status">{notice}</div> : null}

        <section className="case__section">
          <h3>{t('aftersale.stepPhrase', { step: t(`aftersale.steps.${ticket.step}`) })}</h3>
          <textarea ref={phraseBox} className="wide" rows={3} value={phrase} onChange={(e) => setPhrase(e.target.value)} data-testid="step-phrase" aria-label={t('aftersale.stepPhrase', { step: t(`aftersale.steps.${ticket.step}`) })} />
          <button className="btn" onClick={() => void sendStep()} data-testid="step-send">{t('aftersale.sendToBuyer')} <kbd>Ctrl+Enter</kbd></button>
        </section>

        <TicketFieldsForm ticket={ticket} view={v.fields} onChange={(fields) => void run(() => updateTicket(ticket.id, { fields }, write()))} />
        <Photos photos={photos} onAdd={(f) => void run(() => addPhoto(ticket.id, f, f.name, write()), t('aftersale.photoAdded'))} />
        {error?.place === 'photos' ? <div className="error" role="alert" data-testid="case-error">{error.text}</div> : null}

        <section className="case__section" data-testid="ticket-handling">
          <h3>{t('aftersale.handling')}</h3>
          <div className="case__form">
            <Field label={t('aftersale.field.resolution')} className="grow"><input value={resolution} onChange={(e) => setResolution(e.target.value)} data-testid="ticket-resolution" /></Field>
            {v.refundable ? <Field label={t('aftersale.field.amountFen')}><input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" data-testid="ticket-amount" /></Field> : null}
            <Field label={t('aftersale.field.trackingNo')}><input className="mono" value={tracking} onChange={(e) => setTracking(e.target.value)} data-testid="ticket-tracking" /></Field>
          </div>
          <div className="case__form">
            <Field label={t('aftersale.field.responsibleParty')}>
              <select value={party} onChange={(e) => setParty(e.target.value as ResponsibleParty | '')} data-testid="ticket-party">
                <option value="">—</option>
                {ResponsibleParty.options.map((p) => <option key={p} value={p}>{t(`aftersale.parties.${p}`)}</option>)}
              </select>
            </Field>
            <Field label={t('aftersale.field.responsible')}><input value={responsible} onChange={(e) => setResponsible(e.target.value)} data-testid="ticket-responsible" /></Field>
            <button className="btn" onClick={() => void save()} data-testid="ticket-save">{t('aftersale.save')}</button>
          </div>
          {error?.place === 'handling' ? <div className="error" role="alert" data-testid="case-error">{error.text}</div> : null}
          <p className="muted">{v.refundCapFen !== null ? t('aftersale.amountNote', { max: formatYuan(v.refundCapFen) }) : null} {ticket.amountFen != null ? t('aftersale.amountStored', { amount: formatYuan(ticket.amountFen) }) : null}</p>
        </section>

        <ContactLog contacts={ctx.contacts} agents={agents} onLog={(c) => logTicketContact(ticket.id, c, write()).then(() => null, problem)} />
      </div>
      <ConversationBeside messages={ctx.messages} buyerNick={ctx.buyer?.nick ?? ''} />
    </div>
  );
}

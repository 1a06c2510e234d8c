import type { Ticket, TicketFields } from '@shared/schemas/entities';
import type { FieldSpec, TicketFieldsView } from '@shared/domain/cases';
import { formatShanghaiShort } from '@shared/lib/time';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';
import { fromLocalInput, toLocalInput } from '../cases';

/** The type's own questions (查件 reason, weight checked, 7-day conditions…) with the 7-day verdict. */
export function TicketFieldsForm({ ticket, view, onChange }: { ticket: Ticket; view: TicketFieldsView; onChange: (f: TicketFields) => void }) {
  const { t } = useTranslation();
  const { eligibility, shippingPayer: payer } = view;
  const fields = ticket.fields ?? {};
  const input = (f: FieldSpec) => {
    const id = `tf-${f.key}`;
    const v = fields[f.key];
    switch (f.kind) {
      case 'bool':
        return <Field key={f.key} label={t(`aftersale.fields.${f.key}`)} htmlFor={id} check><input type="checkbox" checked={v === true} onChange={(e) => onChange({ [f.key]: e.target.checked })} data-testid={id} /></Field>;
      case 'choice':
        return (
          <Field key={f.key} label={t(`aftersale.fields.${f.key}`)} htmlFor={id}>
            <select value={typeof v === 'string' ? v : ''} onChange={(e) => onChange({ [f.key]: e.target.value })} data-testid={id}>
              <option value="">—</option>
              {f.options?.map((o) => <option key={o} value={o}>{t(`aftersale.options.${o}`)}</option>)}
            </select>
          </Field>
        );
      case 'date':
        return <Field key={f.key} label={t(`aftersale.fields.${f.key}`)} htmlFor={id}><input type="datetime-local" value={typeof v === 'number' ? toLocalInput(v) : ''} onChange={(e) => { const ms = fromLocalInput(e.target.value); if (ms !== null) onChange({ [f.key]: ms }); }} data-testid={id} /></Field>;
      default:
        return <Field key={f.key} label={t(`aftersale.fields.${f.key}`)} htmlFor={id} className="grow"><input defaultValue={typeof v === 'string' || typeof v === 'number' ? String(v) : ''} onBlur={(e) => { if (e.target.value !== (v ?? '')) onChange({ [f.key]: e.target.value }); }} data-testid={id} /></Field>;
    }
  };
  return (
    <section className="case__section" data-testid="ticket-fields">
      <h3>{t('aftersale.typeFields', { type: t(`aftersale.types.${ticket.type}`) })}</h3>
      <div className="case__form">{view.specs.map(input)}</div>
      {eligibility ? (
        <p className={eligibility.eligible ? 'ok' : 'notice'} data-testid="return-eligibility">
          {eligibility.eligible
            ? t('aftersale.eligible', { until: eligibility.windowEndsAt ? formatShanghaiShort(eligibility.windowEndsAt) : '' })
            : t('aftersale.ineligible', { reasons: eligibility.reasons.map((r) => t(`aftersale.reasons.${r}`)).join('、') })}
        </p>
      ) : null}
      {payer !== 'none' ? <p className="muted">{t(`aftersale.shippingPayer.${payer}`)}</p> : null}
      {view.needsPhotos ? <p className="muted">{t('aftersale.photosNeeded')}</p> : null}
    </section>
  );
}

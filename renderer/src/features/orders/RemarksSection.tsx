import { useEffect, useRef, useState } from 'react';
import { flagOptions, previewMemo, type CurrentRemark, type FlagMeanings } from '@shared/domain/remarks';
import type { Remark, Shop } from '@shared/schemas/entities';
import { getAgent, useLive, addRemark, editRemark, readRemarkDraft, retractRemark, saveRemarkDraft } from '../../data';
import { problem } from '@shared/lib/problem';
import { problemText, useErrorText, useTranslation } from '../../i18n';
import { useSession } from '../../state/session';
import { RemarkLine } from './RemarkLine';
import { useWriteContext } from '../../state/writeContext';
import { useCommands } from '../../ui/commands';
import { orderTabCommands, remarkCommands } from './commands';
import { Field } from '../../ui';
import { MemoDelivery } from '../outbox';
import { MEMO_RULES } from '@shared/domain/outbox';

/**
 * 备注: signed, append-only remarks. Anyone may add; 修改 and 撤回 are on every line, and the
 * repository refuses both for a remark someone else wrote (`remarkNotYours` says whose it is). An
 * edit appends a new version; the earlier texts stay and are listed under the line.
 * The draft is saved as it is typed, so a reload or a crash does not lose it.
 */
export function RemarksSection({ orderId, remarks, shop, meanings, flag }: { orderId: string; remarks: CurrentRemark<Remark>[]; shop: Shop | undefined; meanings: FlagMeanings; flag: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ctx = useWriteContext();
  const agentId = useSession((s) => s.agentId) ?? '';
  const [text, setText] = useState<string | null>(null);
  const [pickedFlag, setPickedFlag] = useState<number | null>(null);
  const [error, setError] = useState('');
  const me = useLive(() => getAgent(agentId), [agentId], undefined);
  const agentName = me?.name ?? '';
  const saved = useLive(() => readRemarkDraft(agentId, orderId), [agentId, orderId], null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const draft = text ?? saved ?? '';

  useEffect(() => () => clearTimeout(timer.current), []);
  const onType = (v: string): void => {
    setText(v);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRemarkDraft(orderId, v, ctx()), 300);
  };
  const preview = draft.trim() ? previewMemo(remarks.map((c) => c.remark), { text: draft, agentName: agentName || '—', at: Date.now() }) : null;
  const options = flagOptions(shop?.platform ?? 'taobao', meanings);

  const submit = async (): Promise<void> => {
    setError('');
    try {
      clearTimeout(timer.current);
      await addRemark(orderId, draft, pickedFlag, ctx());
      await saveRemarkDraft(orderId, '', ctx());
      setText('');
      setPickedFlag(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const box = useRef<HTMLTextAreaElement>(null);
  // Ctrl+Enter in the box adds the remark.
  useCommands(remarkCommands, { save: () => void submit() }, box);
  // Alt+B from anywhere on the order's tab.
  useCommands(orderTabCommands, { focusRemark: () => { box.current?.focus(); box.current?.scrollIntoView({ block: 'center' }); } });
  const edit = async (r: Remark, next: string): Promise<boolean> => {
    setError('');
    try {
      await editRemark(r.id, next, ctx());
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  const retract = async (r: Remark): Promise<void> => {
    setError('');
    try {
      await retractRemark(r.id, ctx());
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section className="osection" aria-label={t('order.remarks')}>
      <h3>{t('order.remarks')}</h3>
      {remarks.length === 0 ? <p className="muted">{t('order.noRemarks')}</p> : (
        <ul className="remarks" data-testid="remarks">
          {remarks.map((c) => (
            <RemarkLine
              key={c.remark.id}
              item={c}
              mine={c.remark.agentId === agentId}
              onEdit={edit}
              onRetract={(r) => void retract(r)}
              onRefused={(r) => setError(problemText(t, problem('remarkNotYours', { field: 'remarks', params: { id: r.id, name: r.agentName } })))}
            />
          ))}
        </ul>
      )}
      <MemoDelivery orderId={orderId} limitBytes={MEMO_RULES[shop?.platform ?? 'other'].limitBytes} />
      <div className="remark-form">
        <div className="flagpick" role="radiogroup" aria-label={t('orders.remark.flag')}>
          {options.map((o) => (
            <label key={o.flag} data-flag={o.flag} className={`flagpick__item ${(pickedFlag ?? flag) === o.flag ? 'flagpick__item--on' : ''}`} title={o.meaning}>
              <input type="radio" name={`flag-${orderId}`} checked={(pickedFlag ?? flag) === o.flag} onChange={() => setPickedFlag(o.flag)} />
              <span className="flag__dot" style={{ background: o.colour.hex }} aria-hidden="true" />
              {o.meaning}
            </label>
          ))}
        </div>
        <Field label={<>{t('orders.remark.new')} <kbd>Alt+B</kbd></>}>
          <textarea
            value={draft}
            onChange={(e) => onType(e.target.value)}
            ref={box}
            placeholder={t('orders.remark.placeholder')}
            data-testid="remark-input"
            rows={2}
          />
        </Field>
        {preview?.warning ? (
          <p className={`memo-warn memo-warn--${preview.warning.level}`} role="status" data-testid="memo-warning">
            {preview.warning.level === 'over'
              ? t('orders.remark.over', { bytes: preview.bytes, over: preview.warning.overBy })
              : t('orders.remark.near', { bytes: preview.bytes, left: preview.warning.remaining })}
          </p>
        ) : null}
        <div>
          <button type="button" className="btn btn--primary" onClick={() => void submit()} disabled={!draft.trim()} data-testid="remark-add">{t('orders.remark.add')}</button>
          <span className="muted"> Ctrl+Enter</span>
        </div>
        {error ? <p className="error" role="alert" data-testid="remark-error">{error}</p> : null}
      </div>
    </section>
  );
}

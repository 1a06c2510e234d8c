import { useRef, useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { useLive, ordersOfBuyer, ticketsOfBuyer } from '../../data';
import { useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { Popover } from '../../ui';
import { useCommands } from '../../ui/commands';
import { conversationCaseCommands } from './commands';
import { NewCaseForm } from './NewCaseForm';
import './aftersale.css';

/** In the chat header (and on a buyer's tab): register an aftersale case for this buyer, and reach their open cases. */
export function ConversationCaseActions({ conversationId, buyerId }: { conversationId: string | null; buyerId: string; agent?: Agent }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const orders = useLive(() => ordersOfBuyer(buyerId), [buyerId], []);
  const cases = useLive(() => ticketsOfBuyer(buyerId), [buyerId], []);
  const openTab = useTabs((s) => s.open);
  const open = cases.filter((c) => c.status === 'open');
  const opener = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  // Alt+A from the reply box: the form opens with its first field focused.
  useCommands(conversationCaseCommands, { newCase: () => setAdding(true) });
  return (
    <span className="case-actions">
      {open.map((c) => (
        <button key={c.id} className="link" onClick={() => openTab({ entity: 'case', id: c.id }, t(`aftersale.types.${c.type}`))} data-testid="conversation-case-link">
          {t(`aftersale.types.${c.type}`)}·{t(`aftersale.steps.${c.step}`)}
        </button>
      ))}
      <button ref={opener} className="btn" onClick={() => setAdding((a) => !a)} data-testid="case-from-conversation" aria-expanded={adding} aria-keyshortcuts="Alt+A" title="Alt+A">{t('aftersale.fromConversation')}</button>
      {adding ? (
        <Popover label={t('aftersale.newCase')} onClose={() => setAdding(false)} anchorRef={opener} openerRef={opener} initialFocus={firstField} placement="bottom-end" className="case-actions__pop">
          <NewCaseForm
            firstField={firstField}
            orders={orders}
            buyerId={buyerId}
            {...(conversationId ? { conversationId } : {})}
            onCancel={() => setAdding(false)}
            onCreated={(ticket) => { setAdding(false); openTab({ entity: 'case', id: ticket.id }, t(`aftersale.types.${ticket.type}`)); }}
          />
        </Popover>
      ) : null}
    </span>
  );
}

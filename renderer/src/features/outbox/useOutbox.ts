import { useEffect } from 'react';
import { createOutboxRunner, onOutboxWritten } from '../../data';
import { getHost } from '../../host';
import { copyDelivery } from './copy';

/** The host reports results without a push channel: look this often (cheap loopback / IPC). */
const RESULTS_EVERY_MS = 1_500;

/**
 * Every buyer-facing action leaves the PC: bridge rows are handed to the host's outbox and their
 * results applied (at once after a write, and every 1.5 s); a companion-mode message is copied to
 * the clipboard the moment its transaction commits, exactly as stored, and marked 已复制.
 */
export function useOutbox(): void {
  useEffect(() => {
    const host = getHost();
    const runner = createOutboxRunner({
      offer: (items) => host.invoke('outbox:offer', { items }),
      results: (afterSeq, journalId) => host.invoke('outbox:results', { afterSeq, journalId }),
      settle: (journalId, upToSeq) => host.send('outbox:settle', { journalId, upToSeq }),
    });
    const kick = (): void => void runner.kick().catch((e: unknown) => console.error('outbox', e));
    kick();
    const off = onOutboxWritten((row) => {
      if (row.mode === 'bridge') kick();
      else if (row.item.kind === 'message') void copyDelivery(row.id, row.copyText);
    });
    const id = setInterval(kick, RESULTS_EVERY_MS);
    return () => {
      off();
      clearInterval(id);
    };
  }, []);
}

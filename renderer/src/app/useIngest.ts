import { useEffect } from 'react';
import { createIngestRunner } from '../data';
import { getHost } from '../host';

/** A slow safety net beside `ingest:available` (a missed event, a host that restarted). */
const RECHECK_MS = 15_000;

/**
 * Applies the events a shop's ERP posted to the host's ingest endpoint: on start (events that
 * waited while the window was closed), whenever the host says more arrived, and now and then.
 */
export function useIngest(): void {
  useEffect(() => {
    const host = getHost();
    const runner = createIngestRunner({
      pull: (afterSeq, journalId) => host.invoke('ingest:pull', { afterSeq, journalId }),
      ack: (journalId, upToSeq) => host.send('ingest:ack', { journalId, upToSeq }),
    });
    const kick = (): void => void runner.kick().catch((e: unknown) => console.error('ingest', e));
    kick();
    const off = host.on('ingest:available', kick);
    const id = setInterval(kick, RECHECK_MS);
    return () => {
      off();
      clearInterval(id);
    };
  }, []);
}

import { useEffect, useMemo, useRef } from 'react';
import { createTrayText, summarizeTray } from '@shared/domain/tray';
import type { TrayFacts } from '@shared/domain/tray';
import { TRAY_AREAS, useLiveAt } from '../data';
import { getHost } from '../host';
import { useTranslation } from '../i18n';
import { useNow } from '../ui/useNow';

const LOOKAHEAD_MS = 60_000;
const TRAY_PACE_MS = 250;

/**
 * Recomputes the tray summary whenever the store changes (live query) or time passes, sends it
 * to the host when it differs, raises one notification per newly due item and withdraws
 * notifications for items no longer due (a buyer answered, a reminder sent).
 */
export function useTraySync(): void {
  const { t, i18n } = useTranslation();
  const now = useNow(5_000);
  const bucket = Math.floor(now / LOOKAHEAD_MS);
  // At most one tray pass per 250 ms however fast writes come (an import, the simulator, a busy
  // agent); paced by time, not frames, because the tray must follow while the window is hidden.
  // One live query per area: a write re-reads only the areas it touched (a reply re-reads the
  // waiting buyers, not the unpaid orders, follow-ups and cases).
  const until = (bucket + 1) * LOOKAHEAD_MS;
  const waiting = useLiveAt(TRAY_AREAS.waiting, until, null, TRAY_PACE_MS);
  const payments = useLiveAt(TRAY_AREAS.payments, until, null, TRAY_PACE_MS);
  const followUps = useLiveAt(TRAY_AREAS.followUps, until, null, TRAY_PACE_MS);
  const cases = useLiveAt(TRAY_AREAS.cases, until, null, TRAY_PACE_MS);
  const facts = useMemo<TrayFacts | null>(
    () => (waiting && payments && followUps && cases ? { waiting, payments, followUps, cases } : null),
    [waiting, payments, followUps, cases],
  );
  const text = useMemo(() => createTrayText((k, v) => t(k, v)), [t, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  // Kept as a set: a 10,000-buyer queue has 10,000 keys, compared on every pass.
  const keys = useRef<ReadonlySet<string> | null>(null);
  const lastSent = useRef('');

  useEffect(() => {
    if (!facts) return;
    const host = getHost();
    const first = keys.current === null;
    const result = summarizeTray(facts, keys.current ?? [], Date.now(), text);
    const dueNow = new Set(result.keys); // thousands of due 催付 keys: a set, not a scan per key
    const gone = [...(keys.current ?? [])].filter((k) => !dueNow.has(k));
    keys.current = dueNow;
    for (const key of gone) host.send('notify:ack', { key });
    // On start-up everything already due is shown in the counts, not as a burst of notifications.
    const summary = first ? { ...result.summary, newlyDue: [] } : result.summary;
    // Waiting buyers ring through the 接待 alerts (sound, per-shop mute, repeat over 3 minutes);
    // the tray raises the other kinds, so no buyer is announced twice.
    for (const item of summary.newlyDue.filter((i) => i.kind !== 'buyer')) {
      host.send('notify:show', { key: item.key, title: item.title, body: item.body, target: item.target, repeatEveryMs: null });
    }
    const { newlyDue: _ignored, ...comparable } = summary;
    const signature = JSON.stringify({ ...comparable, longestWaitMs: Math.floor(comparable.longestWaitMs / 1000) });
    if (signature !== lastSent.current || summary.newlyDue.length) {
      lastSent.current = signature;
      host.send('tray:summary', summary);
    }
  }, [facts, now, text]);
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupReason } from '@shared/domain/backup';
import { MINUTE } from '@shared/lib/time';
import { lastChangeAt } from '../../data';
import { useErrorText } from '../../i18n';
import { useSession } from '../../state/session';
import { listBackups, takeBackup } from './backupHost';
import { backupIfDue, type AutoBackupDeps } from './backupIfDue';

const deps: AutoBackupDeps = {
  listTimes: async () => (await listBackups()).map((b) => b.createdAt),
  lastChangeAt,
  take: takeBackup,
  now: Date.now,
};

/** How often the timer asks "is a backup due?"; the due rule itself says hourly. */
const CHECK_EVERY_MS = 5 * MINUTE;
/** Not during the start-up rush (demo seeding, first queries): the first check waits a minute. */
const FIRST_CHECK_MS = MINUTE;

/**
 * Automatic backups: hourly while an agent is signed in, and when an agent signs out or hands
 * over (the session's agent goes from someone to no one). Mounted by the app shell above the
 * sign-in screen so it is still there when the console closes at sign-out. A failure is kept
 * and shown by the caller — never swallowed.
 */
export function useAutoBackup(agentId: string | null): { failure: string | null; dismiss: () => void } {
  const errorText = useErrorText();
  const [failure, setFailure] = useState<string | null>(null);
  const running = useRef(false);

  const runIfDue = useCallback(async (reason: BackupReason, who: string): Promise<void> => {
    if (running.current) return;
    running.current = true;
    try {
      if (await backupIfDue(reason, who, deps)) setFailure(null);
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      running.current = false;
    }
  }, [errorText]);

  useEffect(() => {
    if (!agentId) return;
    const tick = (): void => void runIfDue('interval', agentId);
    const first = setTimeout(tick, FIRST_CHECK_MS);
    const every = setInterval(tick, CHECK_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [agentId, runIfDue]);

  useEffect(
    () =>
      useSession.subscribe((state, previous) => {
        if (previous.agentId && !state.agentId) void runIfDue('signout', previous.agentId);
      }),
    [runIfDue],
  );

  return { failure, dismiss: () => setFailure(null) };
}

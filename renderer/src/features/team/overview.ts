import { useCallback, useEffect, useState } from 'react';
import type { TeamOverview } from '@shared/schemas/teamAccounts';
import { getHost } from '../../host';

/** As fresh as the heartbeats it shows (they come every 30 s; a change is said at once). */
const POLL_MS = 5_000;

/**
 * The server's word on the team (who is signed in on which PC, how, and what they hold), asked
 * while the 团队 tab is open. null until the first answer (or while the server cannot be reached).
 */
export function useTeamOverview(): { overview: TeamOverview | null; reload: () => void } {
  const [overview, setOverview] = useState<TeamOverview | null>(null);
  const reload = useCallback(() => {
    void getHost()
      .invoke('team:overview', {})
      .then((r) => {
        if (r.ok && r.value.ok) setOverview(r.value.value);
      });
  }, []);
  useEffect(() => {
    reload();
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return { overview, reload };
}

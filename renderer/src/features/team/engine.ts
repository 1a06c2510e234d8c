import { useEffect } from 'react';
import { createSyncEngine, type SyncEngine, type SyncTransport } from '../../data';
import { getHost } from '../../host';

/** The host's `sync:*` calls as the data layer's transport (the host does the HTTP). */
export function hostTransport(): SyncTransport {
  const host = getHost();
  return {
    status: () => host.invoke('sync:status', {}),
    join: (input) => host.invoke('sync:join', input),
    leave: () => host.invoke('sync:leave', {}),
    push: (mutations) => host.invoke('sync:push', { mutations }),
    pull: (cursor, limit) => host.invoke('sync:pull', { cursor, limit }),
  };
}

let engine: SyncEngine | null = null;

/** The one sync loop of this window (started by the console, kicked by 设置 → 团队). */
export function syncEngine(): SyncEngine {
  engine ??= createSyncEngine(hostTransport());
  return engine;
}

/**
 * Team sync while the console is open: a first round at once (work made offline goes up), a
 * round on every poke from the server and on every write here (the engine watches the log).
 */
export function useTeamSync(): void {
  useEffect(() => {
    const e = syncEngine();
    e.kick();
    const off = getHost().on('sync:poke', (poke) => e.poke(poke));
    return () => {
      off();
      e.stop();
      engine = null;
    };
  }, []);
}

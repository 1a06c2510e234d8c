import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { bindCommands } from './bindings';
import type { CommandSet } from './types';

/**
 * Binds a feature's commands to this component while it is mounted. `ctx` is what the commands'
 * `enabled` and `run` read: the screen's current state and actions, taken afresh at each press.
 * With `region`, the keys work only while the focus is inside that element (a list, an editor).
 */
export function useCommands<C>(set: CommandSet<C>, ctx: C, region: RefObject<HTMLElement | null> | null = null): void {
  const latest = useRef(ctx);
  useLayoutEffect(() => { latest.current = ctx; });
  useEffect(() => bindCommands(set, () => latest.current, region), [set, region]);
}

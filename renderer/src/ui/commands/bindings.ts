import type { RefObject } from 'react';
import type { Candidate } from './resolve';
import { commandInfo, type CommandHit, type CommandSet } from './types';

/** A command bound to a mounted component's current state. */
export interface Binding extends Omit<Candidate, 'place'> {
  /** Null: works while mounted; else only while the focus is inside this element. */
  region: RefObject<HTMLElement | null> | null;
  run: (hit: CommandHit) => void;
}

// Not React state: nothing renders from it; the dispatcher and the palette read it when asked.
const bound = new Set<Binding>();
let seq = 0;

/** Binds every command of a set to `ctx()` (read at press time); returns the unbind. */
export function bindCommands<C>(set: CommandSet<C>, ctx: () => C, region: RefObject<HTMLElement | null> | null): () => void {
  const mine = set.commands.map((c): Binding => ({
    info: commandInfo(set.scope, c as never),
    region,
    order: ++seq,
    enabled: () => c.enabled?.(ctx()) ?? true,
    run: (hit) => c.run(ctx(), hit),
  }));
  for (const b of mine) bound.add(b);
  return () => { for (const b of mine) bound.delete(b); };
}

/** Where a binding stands for a key press whose focus is `target` (see Candidate.place). */
export function placeOf(b: Binding, target: EventTarget | null): Candidate['place'] {
  if (!b.region) return 'mounted';
  const el = b.region.current;
  if (!el || !(target instanceof Node) || !el.contains(target)) return 'outside';
  let depth = 0;
  for (let n: Node | null = el; n; n = n.parentNode) depth++;
  return depth;
}

/** The bindings as candidates for a key press with the focus on `target`. */
export const candidatesFor = (target: EventTarget | null): (Candidate & Binding)[] => [...bound].map((b) => ({ ...b, place: placeOf(b, target) }));

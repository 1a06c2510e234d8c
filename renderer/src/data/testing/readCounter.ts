import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import type { XiaoerDb } from '../db';

/** Records (or index entries) read per table since the last reset. */
export interface ReadCounter {
  readonly byTable: Record<string, number>;
  total(): number;
  reset(): void;
}

/**
 * Counts what a piece of code reads from the store, at Dexie's lowest layer (DBCore): every
 * record a get/getMany returns, every row or key a query returns, every step of a cursor.
 * Used by tests that check a hot path reads what is due, not what exists; install it before
 * the database opens.
 */
export function countReads(db: XiaoerDb): ReadCounter {
  const byTable: Record<string, number> = {};
  const add = (table: string, n: number): void => void (byTable[table] = (byTable[table] ?? 0) + n);
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'ReadCounter',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const t = down.table(name);
        return {
          ...t,
          get: (req) => t.get(req).then((v: unknown) => (add(name, v === undefined ? 0 : 1), v)),
          getMany: (req) => t.getMany(req).then((vs: unknown[]) => (add(name, vs.filter((v) => v !== undefined).length), vs)),
          query: (req) => t.query(req).then((r) => (add(name, r.result.length), r)),
          count: (req) => t.count(req).then((n) => (add(name, n), n)),
          openCursor: (req) => t.openCursor(req).then((c) => (c ? counted(c, () => add(name, 1)) : c)),
        };
      },
    }),
  };
  db.use(middleware);
  return {
    byTable,
    total: () => Object.values(byTable).reduce((a, b) => a + b, 0),
    reset: () => { for (const k of Object.keys(byTable)) delete byTable[k]; },
  };
}

/** A cursor that reports each record it stops on (the first one included). */
function counted(cursor: DBCoreCursor, onRecord: () => void): DBCoreCursor {
  return Object.create(cursor, {
    start: { value: (onNext: () => void) => cursor.start(() => { onRecord(); onNext(); }) },
  }) as DBCoreCursor;
}

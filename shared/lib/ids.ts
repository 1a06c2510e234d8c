import { monotonicFactory, ulid } from 'ulid';

/** Sortable random ids for records made on this PC (never used for platform order numbers). */
export const newId: () => string = monotonicFactory();

/** An id whose time part is a given moment, so generated demo data sorts like real data. */
export const idAt = (epochMs: number): string => ulid(epochMs);

import { monotonicFactory } from 'ulid';

/** Sortable random ids for records made on this PC (never used for platform order numbers). */
export const newId: () => string = monotonicFactory();

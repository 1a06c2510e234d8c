/** Fen (integer cents) as ¥ with two decimals. */
export const yuan = (fen: number): string => `¥${(fen / 100).toFixed(2)}`;

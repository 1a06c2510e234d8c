/** Salutations an agent opens a phrase with; only the first stacked piece keeps one. */
const SALUTATION = /^(?:亲爱的|亲们|亲)\s*[，,、~～!！]+\s*/;

export interface StackOptions {
  /** Put between pieces (default a line break: one message, one thought per line). */
  separator?: string;
}

/**
 * Stacks several phrases (templates or rendered text) into one reply: trims each piece, drops
 * empty ones and exact repeats, and removes the opening 亲，from every piece after the first
 * when the reply already greeted the buyer. Stack templates before rendering so each required
 * slot is asked for once.
 */
export function stackPhrases(texts: readonly string[], opts: StackOptions = {}): string {
  const separator = opts.separator ?? '\n';
  const pieces: string[] = [];
  const seen = new Set<string>();
  let greeted = false;
  for (const raw of texts) {
    let piece = raw.trim();
    if (piece === '' || seen.has(piece)) continue;
    seen.add(piece);
    if (SALUTATION.test(piece)) {
      if (greeted) {
        const rest = piece.replace(SALUTATION, '').trim();
        if (rest !== '') piece = rest;
      }
      greeted = true;
    }
    pieces.push(piece);
  }
  return pieces.join(separator);
}

import type { Remark } from '../../schemas/entities';
import { formatShanghaiShort } from '../../lib/time';
import { utf8ByteLength } from '../../lib/utf8';
import { stripInvisible } from '../../lib/textHygiene';

/**
 * 备注 rules (DESIGN §4, seed 004): remarks are append-only; each new remark starts with `#`
 * and is signed with the agent's name and the date; nobody removes or edits another agent's
 * remark.
 *
 * Memo limit: Taobao/Tmall accept a seller memo of at most 1000 bytes. The seeds do not say how
 * bytes are counted, so we count UTF-8 (Chinese = 3 bytes). That is the stricter of the two
 * plausible counts (GBK would make Chinese 2 bytes): a memo that fits in 1000 UTF-8 bytes fits
 * under either rule, so the warning can come early but never late. The limit is a parameter for
 * other platforms.
 */
export const MEMO_LIMIT_BYTES = 1000;
/** Warn from this share of the limit on. */
export const MEMO_NEAR_RATIO = 0.9;

export type RemarkLike = Pick<Remark, 'text' | 'agentName' | 'at'>;

/** Remark text on one line, with `#` (our separator) replaced by the full-width `＃`. */
export function cleanRemarkText(text: string): string {
  // Bidi overrides and zero-width characters first (textHygiene): a U+202E would reverse the signature on screen.
  return stripInvisible(text).replace(/\s+/g, ' ').trim().replace(/#/g, '＃');
}

/** `#text —name MM-DD HH:mm` (Asia/Shanghai). */
export function formatRemark(remark: RemarkLike): string {
  const name = cleanRemarkText(remark.agentName);
  return `#${cleanRemarkText(remark.text)} —${name} ${formatShanghaiShort(remark.at)}`;
}

export interface ComposeMemoOptions {
  /** Memo text already on the platform before our remarks (kept in front, never altered). */
  base?: string;
}

/**
 * The memo as the platform shows it: the existing platform text, then every live remark in time
 * order (ties by id), each formatted, separated by a space. Tombstoned remarks are left out.
 */
export function composeMemo(remarks: readonly (RemarkLike & { id?: string; deletedAt?: number | null })[], opts: ComposeMemoOptions = {}): string {
  const live = remarks
    .filter((r) => (r.deletedAt ?? null) === null)
    .slice()
    .sort((a, b) => a.at - b.at || ((a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0));
  const parts = live.map(formatRemark);
  const base = opts.base?.trim();
  return (base ? [base, ...parts] : parts).join(' ');
}

export interface MemoLimitWarning {
  level: 'near' | 'over';
  bytes: number;
  limit: number;
  /** Bytes above the limit (0 when only near). */
  overBy: number;
  /** Bytes still free (0 when over). */
  remaining: number;
}

/** null while the memo is comfortably under the limit; otherwise how close or how far over. */
export function memoLimitWarning(memo: string, limitBytes: number = MEMO_LIMIT_BYTES): MemoLimitWarning | null {
  const bytes = utf8ByteLength(memo);
  if (bytes > limitBytes) return { level: 'over', bytes, limit: limitBytes, overBy: bytes - limitBytes, remaining: 0 };
  if (bytes >= Math.floor(limitBytes * MEMO_NEAR_RATIO)) return { level: 'near', bytes, limit: limitBytes, overBy: 0, remaining: limitBytes - bytes };
  return null;
}

/** What the memo would become with a draft remark appended, and whether that needs a warning. */
export function previewMemo(
  remarks: readonly (RemarkLike & { id?: string; deletedAt?: number | null })[],
  draft: RemarkLike,
  opts: ComposeMemoOptions & { limitBytes?: number } = {},
): { memo: string; bytes: number; warning: MemoLimitWarning | null } {
  const memo = composeMemo([...remarks, { ...draft, id: '\uffff' }], opts);
  return { memo, bytes: utf8ByteLength(memo), warning: memoLimitWarning(memo, opts.limitBytes) };
}

/**
 * Whether `agentId` may edit (or retract) this remark: only its own author, and only while it is
 * live. Nobody — a supervisor included — edits another agent's remark; they append a new one.
 */
export function canEditRemark(remark: Pick<Remark, 'agentId'> & { deletedAt?: number | null }, agentId: string): boolean {
  return agentId !== '' && remark.agentId === agentId && (remark.deletedAt ?? null) === null;
}

export type VersionedRemark = { id: string; at: number; replaces?: string | null; deletedAt?: number | null };

/** A remark as it reads now, with the texts it replaced (oldest first). */
export interface CurrentRemark<T extends VersionedRemark> {
  remark: T;
  /** Earlier versions of this remark, oldest first (empty when it was never edited). */
  history: T[];
}

/**
 * Remarks as they read now, from every stored row of an order (append-only: an edit is a new row
 * that `replaces` the old one). A row is current when nothing replaces it and it is live; a
 * retracted remark hides its whole chain. Ordered by the original time, ties by id.
 */
export function currentRemarks<T extends VersionedRemark>(rows: readonly T[]): CurrentRemark<T>[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const replaced = new Set(rows.map((r) => r.replaces).filter((x): x is string => typeof x === 'string'));
  const out: CurrentRemark<T>[] = [];
  for (const r of rows) {
    if (replaced.has(r.id) || (r.deletedAt ?? null) !== null) continue;
    const history: T[] = [];
    const seen = new Set([r.id]);
    for (let p = r.replaces ? byId.get(r.replaces) : undefined; p && !seen.has(p.id); p = p.replaces ? byId.get(p.replaces) : undefined) {
      seen.add(p.id);
      history.unshift(p);
    }
    out.push({ remark: r, history });
  }
  return out.sort((a, b) => a.remark.at - b.remark.at || (a.remark.id < b.remark.id ? -1 : a.remark.id > b.remark.id ? 1 : 0));
}

/** Whether this row has been replaced by a later version (then only the newest may be edited). */
export function isSuperseded(rows: readonly VersionedRemark[], id: string): boolean {
  return rows.some((r) => r.replaces === id);
}

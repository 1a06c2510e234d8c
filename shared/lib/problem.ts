import type { z } from 'zod';

/**
 * One way to refuse (DESIGN §6): every refusal — a domain rule, a repository's validation, an
 * import row, a backup file, a failed host call — is a `Problem`: a code, the field it is about,
 * the row of a file, and values for the message. It carries no words; the screen translates it
 * (`renderer/src/i18n/problemText.ts`, keys `problem.code.<code>` and `problem.field.<field>`).
 */

/** Every refusal the app knows. Each has a translation in both locales (a unit test checks). */
export const PROBLEM_CODES = [
  // What zod (or a form) says about one value.
  'required', 'tooLong', 'tooShort', 'tooMany', 'tooFew', 'tooLarge', 'tooSmall', 'notNumber', 'notWhole', 'notText', 'notList',
  'notAllowed', 'badFormat', 'unknownField', 'invalid', 'duplicate', 'noSpaces', 'notTime', 'timeInvalid',
  // Records that are not there, or no longer in a state that allows the write.
  'notFound', 'orderNotFound', 'caseNotFound', 'noConversation', 'noContact',
  // Remarks (备注), orders, 催付 and 核实.
  'remarkNotYours', 'remarkRetracted', 'remarkSuperseded', 'orderNotUnpaid', 'orderNotPaid', 'closeTooEarly',
  'sameAddress', 'notAFlag',
  // Presale, buyers, agents.
  'transferToSelf', 'employeeNoTaken', 'employeeNoFormat',
  // Aftersale and reviews (shared/domain/cases).
  'notOpen', 'stepBackwards', 'stepSkipped', 'photosRequired', 'returnIneligible', 'trackingRequired', 'resolutionRequired',
  'responsibleRequired', 'resolveBeforeRevisit', 'amountInvalid', 'amountAboveOrder', 'reviewClosed', 'tooEarly', 'chatFirst',
  'nextInPast', 'reviewMoveNotAllowed', 'windowClosed', 'explanationRequired', 'photoEmpty', 'photoTooLarge', 'photoNotImage',
  'resultRequired', 'messageEmpty', 'postedInFuture', 'textRequired', 'nextAfterWindow',
  // 催付 policy (shared/domain/payments/policy.ts).
  'afterClose', 'beforeCreated', 'sameTime', 'overlaps', 'emptyWindow', 'atMost30Days', 'notClockTime',
  // Files: order import, phrase import, backups.
  'excelNumber', 'notOrderNo', 'notAmount', 'noSuchTime', 'unknownStatus', 'notQty', 'paidBeforeCreated', 'noOrderColumn',
  'columnMissing', 'tooManyRows', 'otherShop', 'deleted', 'notJson', 'noPhraseList', 'notPhraseObject', 'unknownVariable',
  'shortcutTaken', 'emptyFile', 'unclosedQuote', 'backupForeign', 'backupNewer', 'tableMissing', 'tableUnknown',
  'rowTruncated', 'duplicateOrderNo', 'orderDetailFile', 'detailWithoutOrder',
  // Refund / aftersale exports (shared/domain/refundImport).
  'noRefundColumn', 'duplicateRefundNo', 'refundWithoutOrder', 'unknownRefundStatus',
  // The watched export folder (electron/main/watch).
  'watchFolderMissing', 'watchFolderNotDir', 'watchFolderUnreadable',
  'moreProblems', 'backupTooLarge', 'backupNeedsBase', 'backupShrank', 'backupTruncated',
  // Backups under a passphrase (renderer data/backup/backupCipher.ts).
  'backupPassphraseWrong', 'backupPassphraseNeeded', 'backupPassphraseShort', 'backupPassphraseMismatch', 'backupPassphraseSupervisor', 'backupSealDamaged',
  // Products (知识库): the editor, Taobao's product export and the product workbook.
  'notXlsx', 'noProductColumn', 'badSkuPart', 'unnamedValue', 'cellsMismatch', 'unknownProduct',
  // Settings a supervisor sets: auto replies, shifts, tiers, 议价 authority.
  'slotNotAllowed', 'variableNotAllowed', 'shiftsOverlap', 'belowSenior', 'withinAuthority', 'discountAbovePrice',
  'nothingAsked', 'notSupervisor', 'alreadyAnswered', 'aboveAuthority',
  // Outbox (issue 14): only a failed delivery can be sent again.
  'outboxNotFailed',
  // Team mode part 2: buyer-facing work another agent holds on the shop server (a claim).
  'claimHeldConversation', 'claimHeldReminder', 'claimHeldReview',
  // Not the agent's doing: the host refused a call, or a bug. Shown with a generic text and the code.
  'hostFailed', 'storeBlocked', 'unexpected',
  // Text hygiene at the boundary (shared/lib/textHygiene.ts): NUL, or a decoding error (U+FFFD).
  'textNul', 'textEncoding',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type ProblemParams = Record<string, string | number>;

export interface Problem {
  code: ProblemCode;
  /**
   * What the problem is about, as a dotted path whose first part usually names the record or
   * file (`remarks.text`, `orderImport.orderNo`, `tickets.amountFen`); list indexes are dropped
   * when it is named on screen.
   */
  field?: string;
  /** The row of a file (1-based as a spreadsheet shows it; 0 = the whole file). */
  row?: number;
  /** Values for the message. Keys ending in `At` (times) and `Fen` (money) are formatted on screen. */
  params?: ProblemParams;
}

const CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);
export const isProblemCode = (s: unknown): s is ProblemCode => typeof s === 'string' && CODES.has(s);

/** A Problem without empty parts, so tests and comparisons see only what was said. */
export function problem(code: ProblemCode, parts: { field?: string; row?: number; params?: ProblemParams } = {}): Problem {
  return {
    code,
    ...(parts.field !== undefined ? { field: parts.field } : {}),
    ...(parts.row !== undefined ? { row: parts.row } : {}),
    ...(parts.params && Object.keys(parts.params).length ? { params: parts.params } : {}),
  };
}

/**
 * What the data layer throws: one or more Problems, nothing written. The message is for logs
 * and test output only (codes and fields, never shown to an agent).
 */
export class ProblemError extends Error {
  readonly problems: readonly [Problem, ...Problem[]];
  constructor(first: Problem, ...more: Problem[]) {
    super([first, ...more].map(problemSummary).join('; '));
    this.name = 'ProblemError';
    this.problems = [first, ...more];
  }
  /** The first problem: the one a single-line error shows. */
  get problem(): Problem {
    return this.problems[0];
  }
  get code(): ProblemCode {
    return this.problems[0].code;
  }
  static of(problems: readonly Problem[]): ProblemError {
    const [first, ...more] = problems;
    return new ProblemError(first ?? problem('unexpected'), ...more);
  }
}

/** `refuse('required', 'remarks.text')`: a ProblemError to throw for one field. */
export const refuse = (code: ProblemCode, field?: string, params?: ProblemParams): ProblemError =>
  new ProblemError(problem(code, { field, params }));

/** An invariant that cannot fail unless the code is wrong: shown as a generic error with its detail kept for the log. */
export const bug = (detail: string): ProblemError => new ProblemError(problem('unexpected', { params: { detail } }));

/** A failed host call (`Result` error from the host contract): the host's own words only as `detail`. */
export const hostProblem = (channel: string, detail: string): Problem => problem('hostFailed', { params: { channel, detail } });

/** "remarks.text: tooLong {max=1000}" — for logs and test messages. */
export function problemSummary(p: Problem): string {
  const where = [p.row !== undefined ? `row ${p.row}` : '', p.field ?? ''].filter(Boolean).join(' ');
  const params = p.params ? ` {${Object.entries(p.params).map(([k, v]) => `${k}=${v}`).join(', ')}}` : '';
  return `${where ? `${where}: ` : ''}${p.code}${params}`;
}

/**
 * The Problems behind anything caught: a ProblemError's own; anything else (a bug, a database
 * or browser failure) is `unexpected`, keeping its name (shown) and message (for the log only).
 */
export function problemsOf(e: unknown): Problem[] {
  if (e instanceof ProblemError) return [...e.problems];
  return [problem('unexpected', { params: { name: nameOf(e), detail: messageOf(e) } })];
}

/** "QuotaExceededError", "TypeError": an Error's or DOMException's name (what an agent may quote to support). */
function nameOf(e: unknown): string {
  const name = e !== null && typeof e === 'object' && 'name' in e ? (e as { name: unknown }).name : undefined;
  return typeof name === 'string' && name ? name : typeof e;
}

/** A caught value's own text, for logs in the main process and scripts; never for an agent's screen. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e !== null && typeof e === 'object' && 'message' in e && typeof (e as { message: unknown }).message === 'string') return (e as { message: string }).message;
  return String(e);
}

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** zod's issue kind → our code. A schema names a specific code by giving it as the issue's message (`.regex(re, 'noSpaces')`). */
function codeOf(issue: Issue, input: unknown, hasInput: boolean): { code: ProblemCode; params?: ProblemParams } {
  if (isProblemCode(issue.message)) return { code: issue.message };
  switch (issue.code) {
    case 'invalid_type': {
      const given = 'input' in issue ? issue.input : valueAt(input, issue.path);
      if (('input' in issue || hasInput) && given == null) return { code: 'required' };
      if (issue.expected === 'int') return { code: 'notWhole' };
      if (issue.expected === 'number') return { code: 'notNumber' };
      if (issue.expected === 'string') return { code: 'notText' };
      if (issue.expected === 'array') return { code: 'notList' };
      return { code: 'invalid' };
    }
    case 'too_big':
      if (issue.origin === 'string') return { code: 'tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooMany', params: { max: Number(issue.maximum) } };
      return { code: 'tooLarge', params: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? { code: 'required' } : { code: 'tooShort', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooFew', params: { min: Number(issue.minimum) } };
      return { code: 'tooSmall', params: { min: Number(issue.minimum) } };
    case 'invalid_value':
      return { code: 'notAllowed', params: { allowed: issue.values.map(String).join(' / ') } };
    case 'invalid_format':
      return { code: 'badFormat' };
    case 'unrecognized_keys':
      return { code: 'unknownField', params: { keys: issue.keys.join(', ') } };
    default:
      return { code: 'invalid' };
  }
}

export interface ZodProblemOptions {
  /** Prefixed to every field: the table or form (`remarks` → `remarks.text`). */
  table?: string;
  /** The file row the value came from. */
  row?: number;
  /** What was validated, so a missing value reads "required" rather than "wrong type". */
  input?: unknown;
  /** At most this many problems (default: every one). */
  limit?: number;
}

/**
 * A zod failure as Problems: the issue's path becomes `field` (under `table`), its kind the code
 * (`too_big` on text → `tooLong` with `max`), one Problem per field. zod's English never leaves here.
 */
export function zodProblems(error: z.ZodError, opts: ZodProblemOptions = {}): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    const field = [opts.table, path].filter(Boolean).join('.') || undefined;
    const { code, params } = codeOf(issue, opts.input, 'input' in opts);
    out.push(problem(code, { field, row: opts.row, params }));
    if (opts.limit !== undefined && out.length >= opts.limit) break;
  }
  return out.length ? out : [problem('invalid', { field: opts.table, row: opts.row })];
}

/** Throws when a rule said no (`refuseIf(checkTicketStep(…))`); a null check passes. */
export function refuseIf(p: Problem | null | undefined): void {
  if (p) throw new ProblemError(p);
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { problemsOf, type Problem, type ProblemParams } from '@shared/lib/problem';
import { formatShanghaiShort } from '@shared/lib/time';
import { formatYuan } from '@shared/lib/money';

/**
 * The edge where a refusal becomes words (DESIGN §6 "one way to refuse"): a Problem from the
 * domain, the data layer or the host, in the agent's language — "第 3 行 · 订单编号：不能为空".
 * Keys: `problem.code.<code>` for the reason, `problem.field.<path>` / `problem.table.<table>`
 * for what it is about. Anything that is not a Problem reads as a generic message with its name.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A translation, or null when the key is missing or names a group of keys rather than a text. */
function lookup(t: Translate, key: string, vars: Record<string, unknown> = {}): string | null {
  const s: unknown = t(key, { ...vars, defaultValue: '', returnObjects: true });
  return typeof s === 'string' && s !== '' ? s : null;
}

/** Times (`at`, `…At`) as Shanghai wall clock, money (`…Fen`) as ¥: the params as a screen shows them. */
export function formatParams(params: ProblemParams = {}): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number' && (k === 'at' || k.endsWith('At'))) out[k] = formatShanghaiShort(v);
    else if (typeof v === 'number' && k.endsWith('Fen')) out[k] = formatYuan(v);
    else out[k] = v;
  }
  return out;
}

const isIndex = (s: string): boolean => /^\d+$/.test(s);

/**
 * What a field path is called, most specific first:
 * - its own key: `remarks.text` → 备注内容;
 * - a named prefix and the rest: `policy.skip.minAmountFen` → 跳过规则 · 金额低于（元）不催;
 * - its table and the field's common name: `messages.updatedBy` → 消息 · 修改人; a table alone: `orders` → 订单;
 * - else the path itself, in a translated frame (a backup's odd field is still findable in the file).
 * A list index names the list's item (`policy.steps.1` → key `policy.stepsItem` = 第 {{n}} 步) with `n` 1-based.
 */
export function fieldText(t: Translate, field: string, params?: ProblemParams): string {
  const parts = field.split('.');
  const lastIndex = [...parts].reverse().find(isIndex);
  const vars = { ...formatParams(params), ...(lastIndex !== undefined ? { n: Number(lastIndex) + 1 } : {}) };
  const named: string[] = [];
  for (const p of parts) {
    if (!isIndex(p)) named.push(p);
    else if (named.length) named[named.length - 1] += 'Item';
  }
  const own = (path: readonly string[]): string | null => (path.length ? lookup(t, `problem.field.${path.join('.')}`, vars) : null);
  const both = (outer: string, inner: string): string => t('problem.tableField', { table: outer, field: inner });

  const whole = own(named);
  if (whole) return whole;
  const [head = '', ...rest] = named;
  for (let k = named.length - 1; k >= 2; k -= 1) {
    const prefix = own(named.slice(0, k));
    const tail = own([head, ...named.slice(k)]) ?? own(named.slice(k));
    if (prefix && tail) return both(prefix, tail);
  }
  const table = lookup(t, `problem.table.${head}`, vars);
  if (table && rest.length === 0) return table;
  const common = own(rest);
  if (common) return table ? both(table, common) : common;
  return table ? both(table, t('problem.unknownField', { path: parts.slice(1).join('.') })) : t('problem.unknownField', { path: field });
}

/** Why, without where: for a message shown beside its own input. */
export function problemReason(t: Translate, p: Problem): string {
  const vars: Record<string, string | number> = { ...formatParams(p.params) };
  // Not the agent's doing: a generic sentence with something to quote to support, never the raw English.
  if (p.code === 'unexpected') vars['name'] ??= 'unexpected';
  return t(`problem.code.${p.code}`, vars);
}

/** The whole line: row, field and reason, as far as the Problem names them. */
export function problemText(t: Translate, p: Problem): string {
  const reason = problemReason(t, p);
  const field = p.field ? fieldText(t, p.field, p.params) : null;
  const row = p.row === undefined ? null : p.row === 0 ? t('problem.wholeFile') : t('problem.row', { row: p.row });
  if (row && field) return t('problem.line.rowField', { row, field, reason });
  if (row) return t('problem.line.row', { row, reason });
  if (field) return t('problem.line.field', { field, reason });
  return reason;
}

/** Several Problems as one line. */
export function problemsText(t: Translate, problems: readonly Problem[]): string {
  return problems.map((p) => problemText(t, p)).join(t('problem.separator'));
}

/** Anything caught, as one line: every Problem of a ProblemError, or the generic text for the unknown. */
export function errorText(t: Translate, e: unknown): string {
  return problemsText(t, problemsOf(e));
}

/** `errorText` bound to the screen's language: `const errorText = useErrorText(); setError(errorText(e))`. */
export function useErrorText(): (e: unknown) => string {
  const { t } = useTranslation();
  return useCallback((e: unknown) => errorText(t as Translate, e), [t]);
}

import { z } from 'zod';
import type { Phrase } from '../../schemas/entities';
import { analyzeTemplate } from './template';
import { neutralizeCell, parseCsv, quoteCell, restoreCell } from '../../lib/csv';
import { problem, zodProblems, type Problem } from '../../lib/problem';

/**
 * Import and export of phrase libraries as JSON and CSV. Owner and shop are not part of the
 * file: the library manager assigns them on import (a file from another PC carries no ids).
 */

const splitKeywords = (s: string): string[] =>
  s
    .split(/[|｜,，、;；\r\n]+/)
    .map((k) => k.trim())
    .filter((k) => k !== '');

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A phrase as it comes from a file or the starter library, before it gets an id. Refusals are
 * Problems (`zodProblems`, table `phrases`): the limits name themselves (required, tooLong max 40);
 * a message that is a problem code names a refusal zod has no word for.
 */
export const PhraseDraft = z.object({
  group: text(20),
  title: text(40),
  text: text(2000),
  shortcut: z.string().trim().max(20).regex(/^\S*$/, 'noSpaces').default(''),
  keywords: z
    .union([z.array(z.string()), z.string()], { error: 'notList' })
    .transform((v) => (typeof v === 'string' ? splitKeywords(v) : v.map((k) => k.trim()).filter((k) => k !== '')))
    .pipe(z.array(z.string().max(20)).max(30))
    .default([]),
  scope: z.enum(['team', 'personal']).default('team'),
  uses: z.number().int().nonnegative().default(0),
  order: z.number().finite().optional(),
});
export type PhraseDraft = z.output<typeof PhraseDraft>;
export type PhraseDraftInput = z.input<typeof PhraseDraft>;

/** Something the exporter can write: stored phrases or drafts. Tombstones are skipped. */
export type ExportablePhrase = Pick<Phrase, 'group' | 'title' | 'text' | 'shortcut' | 'keywords'> &
  Partial<Pick<Phrase, 'scope' | 'uses' | 'order' | 'deletedAt'>>;

export type PhraseField = keyof PhraseDraft;

/**
 * One problem with one row: a Problem whose `row` is what a spreadsheet user sees (CSV header =
 * row 1; JSON item n = row n; 0 = the whole file) and whose field, when it has one, is `phrases.<field>`.
 */
export type ImportProblem = Problem & { row: number };

const rowProblem = (row: number, code: Problem['code'], field?: PhraseField, params?: Record<string, string | number>): ImportProblem =>
  problem(code, { row, field: field ? `phrases.${field}` : undefined, params }) as ImportProblem;

export interface PhraseImportResult {
  accepted: PhraseDraft[];
  /** Rows left out, with every problem found in them. */
  rejected: ImportProblem[];
  /** Rows imported but worth a look: unknown variables, repeated shortcuts. */
  warnings: ImportProblem[];
}

export interface PhraseImportOptions {
  /** Shortcuts already in the library; a repeat is a warning, not a rejection. */
  existingShortcuts?: Iterable<string>;
}

export const PHRASES_FILE_FORMAT = 'xiaoer-desk/phrases';

// ---------------------------------------------------------------------------------------------
// JSON

const toDraftJson = (p: ExportablePhrase): PhraseDraftInput => ({
  group: p.group,
  title: p.title,
  text: p.text,
  shortcut: p.shortcut,
  keywords: [...p.keywords],
  scope: p.scope ?? 'team',
  uses: p.uses ?? 0,
  ...(p.order !== undefined ? { order: p.order } : {}),
});

const live = (phrases: readonly ExportablePhrase[]): ExportablePhrase[] => phrases.filter((p) => p.deletedAt == null);

export function exportPhrasesJson(phrases: readonly ExportablePhrase[]): string {
  return JSON.stringify({ format: PHRASES_FILE_FORMAT, version: 1, phrases: live(phrases).map(toDraftJson) }, null, 2) + '\n';
}

/** Reads our JSON export, or a bare array of phrase objects. Item n is reported as row n. */
export function parsePhrasesJson(input: string, opts: PhraseImportOptions = {}): PhraseImportResult {
  let data: unknown;
  try {
    data = JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch {
    return { accepted: [], rejected: [rowProblem(0, 'notJson')], warnings: [] };
  }
  const items = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.phrases) ? (data.phrases as unknown[]) : null;
  if (items === null) return { accepted: [], rejected: [rowProblem(0, 'noPhraseList')], warnings: [] };
  const collect = collector(opts);
  items.forEach((item, i) => collect(i + 1, isRecord(item) ? item : null));
  return collect.result();
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates rows one by one; good rows are kept whatever happens to bad ones. */
function collector(opts: PhraseImportOptions) {
  const accepted: PhraseDraft[] = [];
  const rejected: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const shortcuts = new Set<string>();
  for (const s of opts.existingShortcuts ?? []) if (s.trim() !== '') shortcuts.add(s.trim().toLowerCase());
  const collect = (row: number, value: Record<string, unknown> | null, preset: ImportProblem[] = []): void => {
    if (value === null) {
      rejected.push(rowProblem(row, 'notPhraseObject'));
      return;
    }
    const parsed = PhraseDraft.safeParse(value);
    if (!parsed.success || preset.length > 0) {
      rejected.push(...preset);
      if (!parsed.success) {
        // One problem per column: a list's third keyword is reported as the keywords cell.
        const seen = new Set<string>();
        for (const p of zodProblems(parsed.error, { table: 'phrases', row, input: value })) {
          const field = p.field?.split('.').slice(0, 2).join('.');
          if (field && seen.has(field)) continue;
          if (field) seen.add(field);
          rejected.push({ ...p, row, ...(field ? { field } : {}) });
        }
      }
      return;
    }
    const draft = parsed.data;
    for (const name of analyzeTemplate(draft.text).unknownVariables) {
      warnings.push(rowProblem(row, 'unknownVariable', 'text', { name, variable: `{${name}}` }));
    }
    const key = draft.shortcut.toLowerCase();
    if (key !== '') {
      if (shortcuts.has(key)) warnings.push(rowProblem(row, 'shortcutTaken', 'shortcut', { shortcut: draft.shortcut }));
      shortcuts.add(key);
    }
    accepted.push(draft);
  };
  return Object.assign(collect, { result: (): PhraseImportResult => ({ accepted, rejected, warnings }) });
}

const CSV_COLUMNS: readonly { field: PhraseField; header: string; aliases: readonly string[] }[] = [
  { field: 'group', header: '分组', aliases: ['group', '分组', '组', '分类', '步骤'] },
  { field: 'title', header: '标题', aliases: ['title', '标题', '名称'] },
  { field: 'text', header: '内容', aliases: ['text', '内容', '话术', '短语', '正文'] },
  { field: 'shortcut', header: '快捷码', aliases: ['shortcut', '快捷码', '快捷键', '缩写', '编码'] },
  { field: 'keywords', header: '关键词', aliases: ['keywords', '关键词', '关键字'] },
  { field: 'scope', header: '范围', aliases: ['scope', '范围'] },
  { field: 'uses', header: '使用次数', aliases: ['uses', '使用次数', '次数'] },
  { field: 'order', header: '排序', aliases: ['order', '排序', '顺序'] },
];

const SCOPE_OUT = { team: '团队', personal: '个人' } as const;
const SCOPE_IN: Record<string, 'team' | 'personal'> = { team: 'team', personal: 'personal', 团队: 'team', 个人: 'personal' };

export interface CsvExportOptions {
  /** Start with a UTF-8 BOM so Excel opens Chinese text correctly (default true). */
  bom?: boolean;
}

/** CSV with a Chinese header row, CRLF line ends, RFC 4180 quoting and formula neutralising. */
export function exportPhrasesCsv(phrases: readonly ExportablePhrase[], opts: CsvExportOptions = {}): string {
  const lines = [CSV_COLUMNS.map((c) => c.header).join(',')];
  for (const p of live(phrases)) {
    const textCells = [p.group, p.title, p.text, p.shortcut, p.keywords.join('、'), SCOPE_OUT[p.scope ?? 'team']].map((v) => quoteCell(neutralizeCell(v)));
    lines.push([...textCells, String(p.uses ?? 0), p.order === undefined ? '' : String(p.order)].join(','));
  }
  return (opts.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

/**
 * Reads a phrase CSV (ours, or a spreadsheet with at least 标题 and 内容 columns; English keys
 * work too). Columns may come in any order; unknown columns are ignored; a missing or empty 分组
 * becomes 未分组. Each bad row is reported with its spreadsheet row number and left out; the good
 * rows are kept. Line breaks inside a cell become \n.
 */
export function parsePhrasesCsv(input: string, opts: PhraseImportOptions = {}): PhraseImportResult {
  const firstLine = input.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const delimiter = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const { records, unterminatedRow } = parseCsv(input, delimiter);
  const header = records[0];
  if (!header || header.cells.every((c) => c.trim() === '')) {
    return { accepted: [], rejected: [rowProblem(1, 'emptyFile')], warnings: [] };
  }
  const position = new Map<PhraseField, number>();
  header.cells.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    const col = CSV_COLUMNS.find((c) => c.aliases.includes(name));
    if (col && !position.has(col.field)) position.set(col.field, i);
  });
  const lacking = (['title', 'text'] as const).filter((f) => !position.has(f));
  if (lacking.length > 0) return { accepted: [], rejected: lacking.map((f) => rowProblem(1, 'columnMissing', f)), warnings: [] };
  const collect = collector(opts);
  for (const rec of records.slice(1)) {
    if (rec.cells.every((c) => c.trim() === '')) continue;
    const get = (f: PhraseField): string | undefined => {
      const i = position.get(f);
      const v = i === undefined ? undefined : rec.cells[i];
      return v === undefined ? undefined : restoreCell(v).replace(/\r\n?/g, '\n');
    };
    const preset: ImportProblem[] = [];
    if (rec.row === unterminatedRow) preset.push(rowProblem(rec.row, 'unclosedQuote'));
    const value: Record<string, unknown> = {
      group: nonEmpty(get('group')) ?? '未分组',
      title: get('title') ?? '',
      text: get('text') ?? '',
      shortcut: get('shortcut') ?? '',
      keywords: get('keywords') ?? '',
    };
    const scope = nonEmpty(get('scope'));
    if (scope !== undefined) {
      const s = SCOPE_IN[scope.toLowerCase()];
      if (s) value.scope = s;
      else preset.push(rowProblem(rec.row, 'notAllowed', 'scope', { allowed: Object.values(SCOPE_OUT).join(' / ') }));
    }
    for (const f of ['uses', 'order'] as const) {
      const raw = nonEmpty(get(f));
      if (raw === undefined) continue;
      const n = Number(raw);
      if (Number.isFinite(n)) value[f] = n;
      else preset.push(rowProblem(rec.row, 'notNumber', f));
    }
    collect(rec.row, value, preset);
  }
  return collect.result();
}

function nonEmpty(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t === undefined || t === '' ? undefined : t;
}

import { useEffect, useState } from 'react';
import { DEFAULT_LINT_LISTS, LintLists, type LintWord } from '@shared/domain/lint';
import type { Agent } from '@shared/schemas/entities';
import { zodProblems } from '@shared/lib/problem';
import { useLive, readLintLists, readPeakMode, setPeakMode, writeLintLists, useSharedLive } from '../../data';
import { problemsText, useTranslation } from '../../i18n';
import { Field } from '../../ui';

const WORD_RULES = ['absolute', 'superlative', 'blunt'] as const;

/** One word a line: `词=替换`; a trailing `*` marks a prefix (最* matches 最好, 最便宜 …). */
const wordsToText = (ws: readonly LintWord[]): string => ws.map((w) => `${w.word}${w.prefix ? '*' : ''}=${w.replacement}`).join('\n');
function textToWords(text: string, before: readonly LintWord[]): LintWord[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '').map((line) => {
    const [left = '', ...rest] = line.split('=');
    const prefix = left.endsWith('*');
    const word = prefix ? left.slice(0, -1) : left;
    const old = before.find((w) => w.word === word);
    return { ...(old ?? {}), word, replacement: rest.join('='), ...(prefix ? { prefix: true } : { prefix: undefined }) } as LintWord;
  });
}
const lines = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** 设置 → 接待: reply-lint word lists (editable per shop PC) and the simulator's peak mode. */
export function PresaleSettings({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const lists = useSharedLive(readLintLists, DEFAULT_LINT_LISTS);
  const peak = useLive(readPeakMode, [], false);
  const [form, setForm] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const ctx = () => ({ agentId: agent.id, now: Date.now() });
  useEffect(() => {
    setForm({
      absolute: wordsToText(lists.absolute), superlative: wordsToText(lists.superlative), blunt: wordsToText(lists.blunt),
      cold: lists.cold.join('\n'), exceptions: lists.exceptions.join('\n'),
    });
  }, [lists]);

  const save = async (): Promise<void> => {
    const next = {
      ...lists,
      absolute: textToWords(form.absolute ?? '', lists.absolute),
      superlative: textToWords(form.superlative ?? '', lists.superlative),
      blunt: textToWords(form.blunt ?? '', lists.blunt),
      cold: lines(form.cold ?? ''),
      exceptions: lines(form.exceptions ?? ''),
    };
    const parsed = LintLists.safeParse(next);
    if (!parsed.success) {
      // Named by list (`lintLists.blunt`), not by the word's position inside it.
      const byList = zodProblems(parsed.error, { table: 'lintLists', input: next }).map((p) => ({ ...p, field: p.field?.split('.').slice(0, 2).join('.') }));
      return setMessage({ ok: false, text: problemsText(t, byList) });
    }
    await writeLintLists(parsed.data, ctx());
    setMessage({ ok: true, text: t('presale.settings.saved') });
  };

  const area = (key: string) => (
    <Field key={key} label={t(`presale.settings.lists.${key}`)} htmlFor={`lint-${key}`}>
      <textarea rows={5} value={form[key] ?? ''} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </Field>
  );

  return (
    <section className="card" data-testid="presale-settings">
      <h2>{t('presale.settings.title')}</h2>
      <Field label={t('presale.settings.peak')} hint={t('presale.settings.peakHint')} check>
        <input type="checkbox" checked={peak} onChange={(e) => void setPeakMode(e.target.checked, ctx())} data-testid="peak-mode" />
      </Field>
      <h3>{t('presale.settings.lint')}</h3>
      <p className="muted">{t('presale.settings.lintHint')}</p>
      <div className="lint-lists">{[...WORD_RULES, 'cold', 'exceptions'].map(area)}</div>
      <button className="btn btn--primary" onClick={() => void save()}>{t('presale.settings.save')}</button>
      <button className="btn" onClick={() => void writeLintLists(DEFAULT_LINT_LISTS, ctx()).then(() => setMessage({ ok: true, text: t('presale.settings.restored') }))}>{t('presale.settings.restore')}</button>
      {message ? <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'error'}>{message.text}</p> : null}
    </section>
  );
}

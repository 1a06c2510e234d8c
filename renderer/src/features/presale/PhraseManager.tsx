import { useMemo, useState } from 'react';
import { analyzeTemplate, groupRank, type PhraseImportResult } from '@shared/domain/phrases';
import { newId } from '@shared/lib/ids';
import type { Agent, Phrase } from '@shared/schemas/entities';
import { shopRulesAccess } from '@shared/domain/settings';
import { useLive, useSharedLive, listAgents, addPhrases, deletePhrase, listPhrases, listShops, savePhrase, swapPhraseOrder } from '../../data';
import { problemText, useErrorText, useTranslation } from '../../i18n';
import { useConfirm } from '../../ui';
import { PhraseEditor, type PhraseFields } from './PhraseEditor';
import { openPhraseFile, savePhraseFile } from './phraseFiles';

/** The table shows this many; the filter finds the rest (a 5,000-phrase library stays quick). */
const SHOWN = 300;

const BLANK: PhraseFields = { group: '招呼', title: '', text: '', shortcut: '', keywords: [], scope: 'team', shopId: null };

/** The phrase library: create, edit, reorder within a group, import and export (JSON, CSV). */
export function PhraseManager({ agent, onClose }: { agent: Agent; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const all = useLive(listPhrases, [], []);
  const shops = useLive(listShops, [], []);
  // A shop's own wording of a team phrase is a shop rule: only a supervisor writes one.
  const mayWordForShop = shopRulesAccess(agent, useSharedLive(listAgents, [])).canEdit;
  // A new phrase, an existing one, or a shop's own variant of a team phrase (a copy to reword).
  const [editing, setEditing] = useState<{ kind: 'new' } | { kind: 'edit'; phrase: Phrase } | { kind: 'variant'; of: Phrase } | null>(null);
  const [report, setReport] = useState<{ name: string; result: PhraseImportResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const ctx = () => ({ agentId: agent.id, now: Date.now() });
  const confirm = useConfirm();
  const mine = useMemo(
    () => all.filter((p) => p.scope === 'team' || p.ownerId === agent.id)
      .filter((p) => !filter || p.title.includes(filter) || p.text.includes(filter) || p.shortcut.includes(filter))
      .sort((a, b) => groupRank(a.group) - groupRank(b.group) || a.group.localeCompare(b.group) || a.order - b.order),
    [all, agent.id, filter],
  );

  const shopName = (id: string): string => shops.find((s) => s.id === id)?.name ?? '';

  const save = async (f: PhraseFields): Promise<void> => {
    const base = editing?.kind === 'edit' ? editing.phrase : { id: newId(), uses: 0, order: all.reduce((m, p) => Math.max(m, p.order), 0) + 1 };
    await savePhrase({ ...base, ...f, ownerId: f.scope === 'personal' ? agent.id : null }, ctx());
    setEditing(null);
  };

  const remove = async (p: Phrase): Promise<void> => {
    const yes = await confirm.ask({ title: t('presale.phrases.deleteTitle'), body: t('presale.phrases.deleteConfirm', { title: p.title }), confirmLabel: t('presale.phrases.delete'), cancelLabel: t('dialog.cancel'), danger: true });
    if (yes) await deletePhrase(p.id, ctx());
  };

  const move = async (p: Phrase, step: -1 | 1): Promise<void> => {
    const same = mine.filter((x) => x.group === p.group);
    const other = same[same.indexOf(p) + step];
    if (other) await swapPhraseOrder(p, other, ctx());
  };

  const importFile = async (): Promise<void> => {
    setError(null);
    try {
      const opened = await openPhraseFile(all.map((p) => p.shortcut));
      if (!opened) return;
      if (opened.result.accepted.length > 0) await addPhrases(opened.result.accepted, ctx());
      setReport(opened);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <div className="phrase-manager" data-testid="phrase-manager">
      <div className="phrase-manager__bar">
        <h2>{t('presale.phrases.title')}</h2>
        <input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('presale.phrases.filter')} aria-label={t('presale.phrases.filter')} />
        <button className="btn btn--primary btn--small" onClick={() => setEditing({ kind: 'new' })}>{t('presale.phrases.new')}</button>
        <button className="btn btn--small" onClick={() => void importFile()} data-testid="phrases-import">{t('presale.phrases.import')}</button>
        <button className="btn btn--small" onClick={() => void savePhraseFile(mine, 'json')}>{t('presale.phrases.exportJson')}</button>
        <button className="btn btn--small" onClick={() => void savePhraseFile(mine, 'csv')}>{t('presale.phrases.exportCsv')}</button>
        <button className="btn btn--small" onClick={onClose}>{t('presale.phrases.close')}</button>
      </div>
      {error ? <div className="error" role="alert">{error}</div> : null}
      {report ? (
        <div className="import-report card" role="status" data-testid="import-report">
          <strong>{t('presale.phrases.imported', { name: report.name, count: report.result.accepted.length })}</strong>
          {report.result.rejected.length > 0 ? <p>{t('presale.phrases.rejected', { count: new Set(report.result.rejected.map((r) => r.row)).size })}</p> : null}
          <ul>
            {report.result.rejected.map((r, i) => <li key={`r${i}`} className="bad" data-testid="import-problem">{problemText(t, r)}</li>)}
            {report.result.warnings.map((r, i) => <li key={`w${i}`} className="warn">{problemText(t, r)}</li>)}
          </ul>
          <button className="btn btn--small" onClick={() => setReport(null)}>{t('presale.phrases.dismiss')}</button>
        </div>
      ) : null}
      {editing ? (
        <PhraseEditor
          key={editing.kind === 'new' ? 'new' : editing.kind === 'edit' ? editing.phrase.id : `variant-${editing.of.id}`}
          initial={editing.kind === 'new' ? BLANK : editing.kind === 'edit' ? editing.phrase : { ...editing.of, scope: 'team', shopId: shops[0]?.id ?? null, variantOf: editing.of.id }}
          shops={shops}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <table className="table phrase-table">
        <thead><tr><th>{t('presale.phrases.field.group')}</th><th>{t('presale.phrases.field.title')}</th><th>{t('presale.phrases.field.text')}</th><th>{t('presale.phrases.field.shortcut')}</th><th>{t('presale.phrases.uses')}</th><th /></tr></thead>
        <tbody>
          {mine.slice(0, SHOWN).map((p) => {
            const unknown = analyzeTemplate(p.text).unknownVariables;
            return (
              <tr key={p.id} data-testid="phrase-row">
                <td>{p.group}{p.scope === 'personal' ? <span className="badge">{t('presale.phrases.personal')}</span> : null}</td>
                <td>{p.title}{p.shopId ? <span className="badge" data-testid="phrase-shop">{shopName(p.shopId)}{p.variantOf ? ` · ${t('presale.phrases.variantBadge')}` : ''}</span> : null}</td>
                <td className="phrase-table__text">{p.text}{unknown.length > 0 ? <span className="badge badge--warn" data-testid="phrase-unknown">{t('presale.phrases.unknownVars', { names: unknown.map((n) => `{${n}}`).join(' ') })}</span> : null}</td>
                <td className="mono">{p.shortcut}</td>
                <td>{p.uses}</td>
                <td className="phrase-table__actions">
                  <button className="link" aria-label={t('presale.phrases.up', { title: p.title })} onClick={() => void move(p, -1)}>↑</button>
                  <button className="link" aria-label={t('presale.phrases.down', { title: p.title })} onClick={() => void move(p, 1)}>↓</button>
                  <button className="link" onClick={() => setEditing({ kind: 'edit', phrase: p })}>{t('presale.phrases.edit')}</button>
                  {mayWordForShop && p.scope === 'team' && p.shopId === null && shops.length > 0 ? <button className="link" onClick={() => setEditing({ kind: 'variant', of: p })} data-testid="phrase-variant">{t('presale.phrases.variant')}</button> : null}
                  <button className="link" onClick={() => void remove(p)}>{t('presale.phrases.delete')}</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {mine.length > SHOWN ? <p className="muted">{t('presale.phrases.more', { count: mine.length - SHOWN })}</p> : null}
      {confirm.dialog}
    </div>
  );
}

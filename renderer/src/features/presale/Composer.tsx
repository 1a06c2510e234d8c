import { useEffect, useMemo, useRef, useState } from 'react';
import { applyLintSuggestions, DEFAULT_LINT_LISTS, lintReply } from '@shared/domain/lint';
import type { TemplateContext } from '@shared/domain/phrases';
import { draftSlots, fillSlots, insertPhrase, leftMarkers } from '@shared/domain/presale';
import type { Agent, Message, Phrase } from '@shared/schemas/entities';
import { countPhraseUses, sendReply, readLintLists, useSharedLive } from '../../data';
import { claimWork, heldProblem } from '../team';
import { useErrorText, useTranslation } from '../../i18n';
import { useCommands } from '../../ui/commands';
import { draftOf, useDrafts } from './draftStore';
import { PhrasePicker } from './PhrasePicker';
import { SlotFields } from './SlotFields';
import { LintHints } from './LintHints';
import { usePhraseIndex } from './usePhraseIndex';
import { composerCommands } from './commands';

/** Opens the picker only where a `/` starts a word, so "1/2" or a URL still types normally. */
function opensPicker(el: HTMLTextAreaElement): boolean {
  const at = el.selectionStart;
  if (at !== el.selectionEnd) return false;
  return at === 0 || /\s/.test(el.value.charAt(at - 1));
}

/** Slot values worked out from the chat (the 尺码 from the buyer's height and weight), and from what. */
export interface SlotSuggestion {
  slots: Record<string, string>;
  note: string;
}

/**
 * The reply box: Enter sends, Shift+Enter breaks the line, `/` opens quick phrases, required
 * slots must be filled before sending, lint warns as the agent types (never blocks). A picked
 * phrase's slots that the chat answers (`suggestion`) are filled at once and the reply shown, so
 * the next Enter sends it; the focus goes to the first slot still empty, else the last one.
 */
export function Composer({ conversationId, agent, shopId, context, suggestion, onSent }: {
  conversationId: string;
  agent: Agent;
  shopId: string | undefined;
  context: TemplateContext;
  suggestion?: SlotSuggestion | null;
  onSent: (m: Message) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const draft = useDrafts(draftOf(conversationId));
  const { setText, setSlot, suggest, insert, clear } = useDrafts.getState();
  const lists = useSharedLive(readLintLists, DEFAULT_LINT_LISTS);
  const index = usePhraseIndex();
  const [picker, setPicker] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [focusSlot, setFocusSlot] = useState(false);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLTextAreaElement | null>(null);
  const wrap = useRef<HTMLDivElement | null>(null);
  const firstSlot = useRef<HTMLInputElement | null>(null);

  const slots = useMemo(() => draftSlots(draft.text), [draft.text]);
  const warnings = useMemo(() => lintReply(draft.text, lists), [draft.text, lists]);
  const rewrite = useMemo(() => (warnings.length > 1 ? applyLintSuggestions(draft.text, warnings) : ''), [draft.text, warnings]);

  useEffect(() => {
    if (!focusSlot) return;
    setFocusSlot(false);
    const inputs = [...(wrap.current?.querySelectorAll<HTMLInputElement>('.slots input[data-slot]') ?? [])];
    const target = inputs.find((el) => el.value.trim() === '') ?? inputs[inputs.length - 1] ?? firstSlot.current;
    if (target) target.focus();
    else box.current?.focus();
  }, [focusSlot]);

  const focusFirstMissing = (name: string): void => {
    const el = box.current?.closest('.composer-wrap')?.querySelector<HTMLInputElement>(`input[data-slot="${CSS.escape(name)}"]`);
    el?.focus();
  };

  const send = async (): Promise<void> => {
    if (busy) return;
    if (!draft.text.trim()) return setError(t('presale.emptyReply'));
    const { text, missing } = fillSlots(draft.text, draft.slots);
    if (missing.length > 0) {
      setError(t('presale.slots.missing', { names: missing.join('、') }));
      focusFirstMissing(missing[0] ?? '');
      return;
    }
    const markers = leftMarkers(text);
    if (markers.length > 0) return setError(t('presale.markersLeft', { names: markers.join('、') }));
    setBusy(true);
    try {
      // In a team the buyer is claimed on the shop server first: two PCs never both answer one buyer.
      const claim = await claimWork('conversation', conversationId);
      if (claim.kind === 'held') throw heldProblem('conversation', claim.holder);
      const ctx = { agentId: agent.id, now: Date.now() };
      const message = await sendReply(conversationId, text, ctx);
      await countPhraseUses(draft.phraseIds, ctx);
      clear(conversationId);
      setError(null);
      onSent(message);
      box.current?.focus();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  // Enter sends and `/` opens the picker while the focus is in this box (Shift+Enter stays a new line).
  useCommands(composerCommands, {
    canOpenPicker: () => box.current !== null && opensPicker(box.current),
    openPicker: () => setPicker(true),
    send: () => void send(),
  }, box);

  const pick = (p: Phrase): void => {
    setPicker(false);
    const text = insertPhrase(p.text, context);
    insert(conversationId, text, p.id);
    const known = suggestion?.slots ?? {};
    const fill = Object.fromEntries(draftSlots(text).flatMap((name) => {
      const value = known[name];
      return value !== undefined && (draft.slots[name] ?? '').trim() === '' ? [[name, value]] : [];
    }));
    if (Object.keys(fill).length > 0) suggest(conversationId, fill);
    setError(null);
    setFocusSlot(true);
  };

  return (
    <div className="composer-wrap" ref={wrap}>
      {picker ? <PhrasePicker index={index} shopId={shopId} agentId={agent.id} anchorRef={wrap} replyRef={box} onPick={pick} onClose={() => setPicker(false)} /> : null}
      <LintHints warnings={warnings} onApply={(w) => setText(conversationId, applyLintSuggestions(draft.text, [w]))} rewrite={rewrite} onApplyAll={() => setText(conversationId, rewrite)} />
      <SlotFields slots={slots} values={draft.slots} preview={slots.length > 0 ? fillSlots(draft.text, draft.slots).text : ''} suggested={draft.suggested} note={suggestion?.note} onChange={(n, v) => setSlot(conversationId, n, v)} onEnterLast={() => void send()} firstRef={(el) => { firstSlot.current = el; }} />
      <div className="composer">
        <textarea
          ref={box}
          value={draft.text}
          onChange={(e) => setText(conversationId, e.target.value)}
          placeholder={t('presale.composerHint')}
          aria-label={t('presale.composer')}
          data-testid="composer"
          rows={3}
        />
        <button className="btn btn--primary" onClick={() => void send()} disabled={busy}>{t('presale.send')}</button>
      </div>
      {error ? <div className="error" role="alert">{error}</div> : null}
    </div>
  );
}

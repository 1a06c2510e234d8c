import { useEffect, useMemo, useRef, useState } from 'react';
import type { TabTarget } from '@shared/schemas/tabs';
import { findBuyersByNick, findOrdersByNoPrefix } from '../data';
import { shownFixedTabs, useTabs } from '../state/tabs';
import { useTeamSupervisor } from '../features/team';
import { useTranslation } from '../i18n';
import { Dialog } from '../ui';
import { candidatesFor, formatKeys, paletteCandidates } from '../ui/commands';
import { commandIndex, findCommands } from './commandSearch';

interface Hit { id: string; label: string; hint: string; run: () => void }

/**
 * Ctrl+K: find a tab, an order by 订单编号, a buyer by nick or a command of the screen on view
 * (by its label or pinyin), and open or run it with Enter.
 */
export function Palette({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const open = useTabs((s) => s.open);
  const supervisor = useTeamSupervisor();
  const go = (target: TabTarget, title: string) => (): void => open(target, title);
  // The commands enabled when the palette opened: running one acts on the screen as it was then.
  const [commands] = useState(() => paletteCandidates(candidatesFor(null)));
  const commandSearch = useMemo(() => commandIndex(commands.map(({ info }) => ({
    id: info.id,
    label: t(info.label),
    words: [i18n.getFixedT('zh-CN')(info.label), i18n.getFixedT('en-US')(info.label), t(`shortcuts.where.${info.scope}`)],
  }))), [commands, t, i18n]);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; hits: Hit[] }>({ query: '', hits: [] });
  // An agent who types and hits Enter at once means the result of what they typed: Enter waits for it.
  const enterPending = useRef(false);
  // The last answer as soon as it arrives, before React renders it: an Enter landing between the
  // two must see it, or it would wait for an answer that has already come.
  const latest = useRef<{ query: string; hits: Hit[] }>({ query: '', hits: [] });
  const [cursor, setCursor] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const choose = (h: Hit | undefined): void => {
    if (!h) return;
    // Closed first, so a command that opens a form or moves the focus lands on the screen.
    onClose();
    h.run();
  };

  const tabHits = useMemo<Hit[]>(() => {
    const q = query.trim().toLowerCase();
    return shownFixedTabs(supervisor).filter((k) => !q || [k, t(`tabs.${k}.label`), i18n.getFixedT('en-US')(`tabs.${k}.label`), i18n.getFixedT('zh-CN')(`tabs.${k}.label`)].some((s) => s.toLowerCase().includes(q))).map((k) => ({
      id: `tab:${k}`, label: t(`tabs.${k}.label`), hint: t('palette.tab'), run: go({ tab: k }, k),
    }));
  }, [query, t, i18n, supervisor]); // eslint-disable-line react-hooks/exhaustive-deps -- `go` only wraps `open`

  const commandHits = useMemo<Hit[]>(() => findCommands(commandSearch, query).flatMap((id) => {
    const c = commands.find((x) => x.info.id === id);
    if (!c) return [];
    const keys = c.info.sheetKeys ?? formatKeys(c.info.keys);
    return [{ id: `command:${id}`, label: t(c.info.label), hint: keys ? `${t('palette.command')} · ${keys}` : t('palette.command'), run: () => c.run({ keyIndex: -1 }) }];
  }), [commandSearch, commands, query, t]);
  // Tabs and commands are known at once; orders and buyers are looked up.
  const local = useMemo(() => [...tabHits, ...commandHits], [tabHits, commandHits]);

  useEffect(() => {
    let stale = false;
    const q = query.trim();
    void Promise.all([findOrdersByNoPrefix(q), findBuyersByNick(q)]).then(([orders, buyers]) => {
      if (stale) return;
      const foundHits: Hit[] = [
        ...orders.map((o) => ({ id: `order:${o.id}`, label: o.orderNo, hint: t('palette.order'), run: go({ entity: 'order', id: o.id }, o.orderNo) })),
        ...buyers.map((b) => ({ id: `buyer:${b.id}`, label: b.nick, hint: t('palette.buyer'), run: go({ entity: 'buyer', id: b.id }, b.nick) })),
      ];
      latest.current = { query: q, hits: foundHits };
      setFound(latest.current);
      if (enterPending.current) {
        enterPending.current = false;
        choose([...foundHits, ...local][0]);
      }
    });
    return () => { stale = true; };
  }, [query, t, local]); // eslint-disable-line react-hooks/exhaustive-deps -- `choose` only runs a hit and closes

  const hits = [...found.hits, ...local];

  return (
    <Dialog title={t('palette.open')} hideTitle onClose={onClose} initialFocus={input} className="palette" testId="palette">
      <input
        ref={input}
        className="palette__input"
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.placeholder')}
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-results"
        aria-activedescendant={hits[cursor] ? `palette-hit-${cursor}` : undefined}
        value={query}
        onChange={(e) => { setQuery(e.target.value); setCursor(0); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setCursor((c) => Math.min(c + 1, hits.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setCursor((c) => Math.max(c - 1, 0)); }
          else if (e.key === 'Enter') {
            e.preventDefault();
            if (latest.current.query === query.trim()) choose([...latest.current.hits, ...local][cursor]);
            else enterPending.current = true;
          }
        }}
        data-testid="palette-input"
      />
      <ul id="palette-results" className="palette__list" role="listbox" aria-label={t('palette.results')}>
        {hits.length === 0 ? <li className="palette__none" role="presentation">{t('palette.none')}</li> : null}
        {hits.map((h, i) => (
          <li key={h.id} id={`palette-hit-${i}`} role="option" aria-selected={i === cursor} className={i === cursor ? 'palette__item palette__item--active' : 'palette__item'} onMouseDown={(e) => { e.preventDefault(); choose(h); }}>
            <span>{h.label}</span>
            <span className="palette__hint">{h.hint}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

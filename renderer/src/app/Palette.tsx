import { useEffect, useMemo, useRef, useState } from 'react';
import type { TabTarget } from '@shared/schemas/tabs';
import { findBuyersByNick, findOrdersByNoPrefix, paletteNames, type PaletteName } from '../data';
import { shownFixedTabs, useTabs } from '../state/tabs';
import { useTeamSupervisor } from '../features/team';
import { useTranslation } from '../i18n';
import { Dialog } from '../ui';
import { candidatesFor, formatKeys, paletteCandidates } from '../ui/commands';
import { commandIndex, findCommands, findNames } from './commandSearch';
import { ORDER_ACTIONS, ORDER_ACTION_KEYS, openBuyerChat, runOrderAction, type OrderAction } from './paletteActions';

interface Hit {
  id: string;
  label: string;
  hint: string;
  run: () => void;
  /** An order's jobs, each on Alt+its letter while the order is the chosen hit. */
  order?: { id: string; orderNo: string };
}

/** Names found by pinyin, at most this many: the list stays one screen. */
const NAME_HITS = 8;

/**
 * Ctrl+K: find a tab, an order by 订单编号, a buyer, shop or product by name or its pinyin
 * (initials or full), or a command of the screen on view, and open or run it with Enter. Hits act
 * in place: a buyer opens the chat; an order offers 备注 / 催付 / 登记售后 on Alt+B / Alt+P / Alt+A.
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
  // Names are read once per opening and searched with the phrase picker's matching (commandIndex).
  const [names, setNames] = useState<PaletteName[]>([]);
  useEffect(() => { let live = true; void paletteNames().then((n) => { if (live) setNames(n); }); return () => { live = false; }; }, []);
  const nameSearch = useMemo(() => commandIndex(names.map((n) => ({ id: `${n.kind}:${n.id}`, label: n.name, words: [] }))), [names]);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; hits: Hit[] }>({ query: '', hits: [] });
  // An agent who types and hits Enter at once means the result of what they typed: Enter waits for it.
  const enterPending = useRef(false);
  // The same for Alt+B/P/A typed right after the number: the order's job waits for the order.
  const actionPending = useRef<OrderAction | null>(null);
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
  const nameHits = useMemo<Hit[]>(() => {
    const byKey = new Map(names.map((n) => [`${n.kind}:${n.id}`, n]));
    return findNames(nameSearch, query, NAME_HITS).flatMap((key) => {
      const n = byKey.get(key);
      if (!n) return [];
      if (n.kind === 'buyer') return [{ id: key, label: n.name, hint: `${t('palette.buyer')} · ${t('palette.openChat')}`, run: () => void openBuyerChat({ id: n.id, nick: n.name }) }];
      if (n.kind === 'shop') return [{ id: key, label: n.name, hint: t('palette.shop'), run: go({ tab: 'orders' }, 'orders') }];
      return [{ id: key, label: n.name, hint: t('palette.product'), run: go({ tab: 'knowledge' }, 'knowledge') }];
    });
  }, [names, nameSearch, query, t]); // eslint-disable-line react-hooks/exhaustive-deps -- `go` only wraps `open`
  // Tabs, names by pinyin and commands are known at once; orders and exact nicks are looked up.
  const local = useMemo(() => [...tabHits, ...nameHits, ...commandHits], [nameHits, tabHits, commandHits]);

  useEffect(() => {
    let stale = false;
    const q = query.trim();
    void Promise.all([findOrdersByNoPrefix(q), findBuyersByNick(q)]).then(([orders, buyers]) => {
      if (stale) return;
      const foundHits: Hit[] = [
        ...orders.map((o) => ({ id: `order:${o.id}`, label: o.orderNo, hint: t('palette.order'), run: go({ entity: 'order', id: o.id }, o.orderNo), order: { id: o.id, orderNo: o.orderNo } })),
        ...buyers.map((b) => ({ id: `buyer:${b.id}`, label: b.nick, hint: `${t('palette.buyer')} · ${t('palette.openChat')}`, run: () => void openBuyerChat(b) })),
      ];
      latest.current = { query: q, hits: foundHits };
      setFound(latest.current);
      if (enterPending.current) {
        enterPending.current = false;
        choose([...foundHits, ...local][0]);
      } else if (actionPending.current) {
        const action = actionPending.current;
        actionPending.current = null;
        const order = foundHits.find((h) => h.order);
        if (order?.order) { onClose(); runOrderAction(action, order.order); }
      }
    });
    return () => { stale = true; };
  }, [query, t, local]); // eslint-disable-line react-hooks/exhaustive-deps -- `choose` only runs a hit and closes

  // A buyer found both by the typed nick and by pinyin is listed once.
  const hits = dedupe([...found.hits, ...local]);
  // The chosen hit's order, else the first order found: "type the number, Alt+B".
  const actionTarget = hits[cursor]?.order ? hits[cursor] : hits.find((h) => h.order);
  const act = (action: OrderAction, h: Hit | undefined): void => {
    if (!h?.order) return;
    onClose();
    runOrderAction(action, h.order);
  };

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
            if (latest.current.query === query.trim()) choose(dedupe([...latest.current.hits, ...local])[cursor]);
            else enterPending.current = true;
          } else if (e.altKey && !e.ctrlKey) {
            const action = ORDER_ACTIONS.find((a) => ORDER_ACTION_KEYS[a] === e.key.toLowerCase() || `Key${ORDER_ACTION_KEYS[a].toUpperCase()}` === e.code);
            if (!action) return;
            e.preventDefault();
            if (actionTarget) act(action, actionTarget);
            else if (latest.current.query !== query.trim()) actionPending.current = action;
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
            {h === actionTarget ? (
              <span className="palette__actions" aria-label={t('palette.actions')} data-testid="palette-order-actions">
                {ORDER_ACTIONS.map((a) => (
                  // Not buttons: an option holds no controls; the keys are the way, a click works too.
                  <span key={a} className="palette__action" onMouseDown={(e) => { e.preventDefault(); e.stopPropagation(); act(a, h); }}>
                    {t(`palette.${a}`)} <kbd>Alt+{ORDER_ACTION_KEYS[a].toUpperCase()}</kbd>
                  </span>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

function dedupe(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((h) => (seen.has(h.id) ? false : (seen.add(h.id), true)));
}

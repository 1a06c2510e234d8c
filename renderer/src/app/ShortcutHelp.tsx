import { useRef } from 'react';
import { Dialog } from '../ui';
import { browserHostKeys } from '../ui/commands';
import { useTranslation } from '../i18n';
import { ALL_COMMANDS } from './registry';
import { shortcutSheet } from './sheet';

/** Built once: the registry and the host do not change while the app runs. */
let sheetOnce: ReturnType<typeof shortcutSheet> | null = null;
const theSheet = (): ReturnType<typeof shortcutSheet> => (sheetOnce ??= shortcutSheet(ALL_COMMANDS, { browser: browserHostKeys() }));

/**
 * F1 / Ctrl+/: every command's keys on one sheet, so the keyboard way is discoverable. A modal
 * ui/Dialog (Esc closes, focus returns); the sheet itself is a focusable region so the keys can
 * scroll it. In a browser tab it says which keys the browser keeps and what to press instead.
 */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const sheet = useRef<HTMLDivElement>(null);
  const browser = browserHostKeys();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} closeLabel={t('shortcuts.close')} initialFocus={sheet} className="shortcut-help" testId="shortcut-help">
      <div ref={sheet} className="shortcut-help__groups" tabIndex={0} role="region" aria-label={t('shortcuts.title')}>
        {browser ? <p className="shortcut-help__host" data-testid="shortcut-browser-note">{t('shortcuts.browserNote')}</p> : null}
        {theSheet().map((g) => (
          <section key={g.scope}>
            <h3>{t(`shortcuts.where.${g.scope}`)}</h3>
            <dl>
              {g.rows.map((r) => (
                <div key={r.id} className="shortcut-help__row" data-command={r.id}>
                  <dt>
                    <kbd>{r.keys}</kbd>
                    {r.browserKeys ? <> <span className="muted">{t('shortcuts.inBrowser')}</span> <kbd data-testid="browser-keys">{r.browserKeys}</kbd></> : null}
                  </dt>
                  <dd>{t(r.label)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}

import { useRef } from 'react';
import { Dialog } from '../ui';
import { useTranslation } from '../i18n';
import { ALL_COMMANDS } from './registry';
import { shortcutSheet } from './sheet';

/** Built once: the registry does not change while the app runs. */
const SHEET = shortcutSheet(ALL_COMMANDS);

/**
 * F1 / Ctrl+/: every command's keys on one sheet, so the keyboard way is discoverable. A modal
 * ui/Dialog (Esc closes, focus returns); the sheet itself is a focusable region so the keys can
 * scroll it.
 */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const sheet = useRef<HTMLDivElement>(null);
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} closeLabel={t('shortcuts.close')} initialFocus={sheet} className="shortcut-help" testId="shortcut-help">
      <div ref={sheet} className="shortcut-help__groups" tabIndex={0} role="region" aria-label={t('shortcuts.title')}>
        {SHEET.map((g) => (
          <section key={g.scope}>
            <h3>{t(`shortcuts.where.${g.scope}`)}</h3>
            <dl>
              {g.rows.map((r) => (
                <div key={r.id} className="shortcut-help__row" data-command={r.id}>
                  <dt><kbd>{r.keys}</kbd></dt>
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

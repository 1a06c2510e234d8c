import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n';
import { ALL_COMMANDS } from './registry';
import { shortcutSheet } from './sheet';

/** Built once: the registry does not change while the app runs. */
const SHEET = shortcutSheet(ALL_COMMANDS);

/** F1 / Ctrl+/: every command's keys on one sheet, so the keyboard way is discoverable. Esc closes. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="palette__backdrop" onClick={onClose}>
      <div
        ref={box}
        className="shortcut-help"
        role="dialog"
        aria-modal="true"
        aria-label={t('shortcuts.title')}
        tabIndex={-1}
        data-testid="shortcut-help"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onClose(); } }}
      >
        <h2>{t('shortcuts.title')} <span className="muted">{t('shortcuts.close')}</span></h2>
        <div className="shortcut-help__groups">
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
      </div>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n';
import { SHORTCUTS } from './shortcutList';

/** F1 / Ctrl+/: every shortcut on one sheet, so the keyboard way is discoverable. Esc closes. */
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
          {SHORTCUTS.map((g) => (
            <section key={g.where}>
              <h3>{t(`shortcuts.where.${g.where}`)}</h3>
              <dl>
                {g.items.map((i) => (
                  <div key={i.action} className="shortcut-help__row">
                    <dt><kbd>{i.keys}</kbd></dt>
                    <dd>{t(`shortcuts.action.${i.action}`)}</dd>
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

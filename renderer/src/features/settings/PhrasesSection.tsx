import { useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';
import { PhraseManager } from '../presale';

/** 快捷短语: the team library, where a supervisor also writes a shop's own wording of a team phrase. */
export function PhrasesSection({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className={open ? "card rules rules--wide" : "card rules"} data-testid="phrases-section">
      <h2>{t('settings.rules.phrases.title')}</h2>
      <p className="muted">{t('settings.rules.phrases.hint')}</p>
      {open ? <PhraseManager agent={agent} onClose={() => setOpen(false)} /> : <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="settings-open-phrases">{t('settings.rules.phrases.open')}</button>}
    </section>
  );
}

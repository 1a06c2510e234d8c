import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n';
import { Dialog } from '../../ui';
import { useCommands } from '../../ui/commands';
import { phrasePaletteCommands } from './commands';
import { PhrasePalette } from './PhrasePalette';

/** Ctrl+Alt+Space on any screen of the page: the phrase palette as a dialog; Enter copies and closes. */
export function PhrasePaletteDialog({ agentId }: { agentId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const id = setTimeout(() => setCopied(null), 3_000);
    return () => clearTimeout(id);
  }, [copied]);
  useCommands(phrasePaletteCommands, { open: () => { setCopied(null); setOpen(true); } });
  return (
    <>
      {open ? (
        <Dialog title={t('phrasePalette.title')} onClose={() => setOpen(false)} testId="palette-dialog" className="phrase-palette-dialog">
          <PhrasePalette agentId={agentId} onDone={(text) => { setOpen(false); setCopied(text); }} />
        </Dialog>
      ) : null}
      {copied ? <p className="palette-copied" role="status" data-testid="palette-copied">{t('phrasePalette.copied', { title: copied.slice(0, 30) })}</p> : null}
    </>
  );
}

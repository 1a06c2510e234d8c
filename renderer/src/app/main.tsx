import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import { installStoreKey, openStore } from '../data';
import { getHost } from '../host';
import { setBrowserHostKeys } from '../ui/commands';
import { Root } from './Root';
import { PaletteWindow } from '../features/presale';
import '../ui/styles.css';

async function start(): Promise<void> {
  await initI18n();
  // A browser tab keeps Ctrl+W, Ctrl+1…9 and Ctrl+Tab: its host answers to their alternatives too.
  setBrowserHostKeys(getHost().kind === 'browser');
  const opened = await openStore();
  // Before anything is written: contact secrets are sealed under the host's key (issue 15).
  if (opened.ok) {
    const key = await getHost().invoke('store:key', {}).catch(() => null);
    if (!key?.ok) console.warn('[seal] no store key from the host: contact secrets stay in clear', key?.error);
    await installStoreKey(key?.ok ? key.value.key : null);
  }
  const el = document.getElementById('root');
  if (!el) throw new Error('#root missing');
  // Electron's always-on-top phrase palette loads this same page at #palette.
  createRoot(el).render(window.location.hash === '#palette' && opened.ok ? <PaletteWindow /> : <Root opened={opened} />);
}

void start();

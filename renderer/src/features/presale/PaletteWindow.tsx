import { useEffect } from 'react';
import { getHost } from '../../host';
import { useSession } from '../../state/session';
import { PhrasePalette } from './PhrasePalette';

/**
 * The Electron palette window's whole page (index.html#palette): the phrase palette over 千牛.
 * Copying hides the window (main does it in palette:copy); Esc hides it without copying.
 */
export function PaletteWindow() {
  const agentId = useSession((s) => s.agentId) ?? '';
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') getHost().send('palette:hide', {});
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <main className="palette-window">
      <PhrasePalette agentId={agentId} onDone={() => undefined} />
    </main>
  );
}

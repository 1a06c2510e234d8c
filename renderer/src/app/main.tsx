import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import { openStore } from '../data';
import { Root } from './Root';
import '../ui/styles.css';

async function start(): Promise<void> {
  await initI18n();
  const opened = await openStore();
  const el = document.getElementById('root');
  if (!el) throw new Error('#root missing');
  createRoot(el).render(<Root opened={opened} />);
}

void start();

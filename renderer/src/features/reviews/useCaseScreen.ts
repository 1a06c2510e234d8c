import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

export type CaseView = 'queue' | 'register';

/** The 售后 and 评价 tabs switch between their queue and register; Alt+N starts a new case in the queue. */
export function useCaseScreen(): { view: CaseView; setView: (v: CaseView) => void; adding: boolean; setAdding: Dispatch<SetStateAction<boolean>> } {
  const [view, setView] = useState<CaseView>('queue');
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        setAdding(true);
        setView('queue');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return { view, setView, adding, setAdding };
}

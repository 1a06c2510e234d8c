import { useState, type Dispatch, type SetStateAction } from 'react';
import { useCommands } from '../../ui/commands';
import { caseScreenCommands } from './commands';

export type CaseView = 'queue' | 'register';

/** The 售后 and 评价 tabs switch between their queue and register; Alt+N starts a new case in the queue. */
export function useCaseScreen(): { view: CaseView; setView: (v: CaseView) => void; adding: boolean; setAdding: Dispatch<SetStateAction<boolean>> } {
  const [view, setView] = useState<CaseView>('queue');
  const [adding, setAdding] = useState(false);
  useCommands(caseScreenCommands, {
    newCase: () => {
      setAdding(true);
      setView('queue');
    },
  });
  return { view, setView, adding, setAdding };
}

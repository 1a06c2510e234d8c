import { useTranslation } from '../../i18n';
import { Checklist } from './Checklist';
import { History } from './History';
import { Incoming, Unacknowledged } from './Incoming';
import { Outgoing } from './Outgoing';
import { PromisesPanel } from './PromisesPanel';
import { useAgents } from './useAgent';
import './handover.css';

/** 交接: what the previous shift left, what this shift hands on, promises, the day's checklist. */
export function HandoverScreen() {
  const { t } = useTranslation();
  const { me, nameOf } = useAgents();
  if (!me) return <div className="loading">{t('app.loading')}</div>;
  return (
    <div className="handover" data-testid="handover-screen">
      <div className="handover__main">
        <Incoming agent={me} nameOf={nameOf} />
        <Unacknowledged agent={me} nameOf={nameOf} />
        <Outgoing agent={me} />
        <History nameOf={nameOf} />
      </div>
      <aside className="handover__side">
        <Checklist agent={me} />
        <PromisesPanel agent={me} />
      </aside>
    </div>
  );
}

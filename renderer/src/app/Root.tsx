import { type OpenResult, listAgents, useSharedLive } from '../data';
import { SignInPicker, Welcome } from '../features/onboarding';
import { AutoBackup, RestoreReportNotice } from '../features/backup';
import { useSession } from '../state/session';
import { useTranslation } from '../i18n';
import { Console } from './Console';
import { StoreProblem } from './StoreProblem';

/** Store problem → first start → sign-in → console. */
export function Root({ opened }: { opened: OpenResult }) {
  if (!opened.ok) return <StoreProblem check={opened.check} />;
  return <SignedIn />;
}

/** Automatic backups sit above sign-in so the one taken at sign-out still runs. */
function SignedIn() {
  const agentId = useSession((s) => s.agentId);
  return (
    <>
      <AutoBackup agentId={agentId} />
      <RestoreReportNotice />
      <Screen agentId={agentId} />
    </>
  );
}

function Screen({ agentId }: { agentId: string | null }) {
  const { t } = useTranslation();
  const agents = useSharedLive(listAgents, null);
  if (agents === null) return <div className="loading">{t('app.loading')}</div>;
  if (agents.length === 0) return <Welcome />;
  const current = agents.find((a) => a.id === agentId);
  if (!current) return <SignInPicker agents={agents} />;
  return <Console agent={current} />;
}

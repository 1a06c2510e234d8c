import { type OpenResult, agentsAndSetup, useLive } from '../data';
import { SetupWizard, SignInPicker, Welcome } from '../features/onboarding';
import { AutoBackup, RestoreReportNotice } from '../features/backup';
import { useSession } from '../state/session';
import { useTranslation } from '../i18n';
import { Console } from './Console';
import { StoreProblem } from './StoreProblem';

/** Store problem → first start → sign-in → (a real shop's setup wizard) → console. */
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
  const read = useLive(agentsAndSetup, [], null);
  if (read === null) return <div className="loading">{t('app.loading')}</div>;
  const { agents, setup } = read;
  if (agents.length === 0) return <Welcome />;
  const current = agents.find((a) => a.id === agentId);
  if (!current) return <SignInPicker agents={agents} />;
  if (setup && !setup.done) return <SetupWizard agent={current} step={setup.step} />;
  return <Console agent={current} />;
}

import { type OpenResult, agentsAndSetup, teamView, useLive } from '../data';
import { AccountSignIn, useAccountFollower } from '../features/team';
import { useAccount } from '../state/account';
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
  const team = useLive(() => teamView(), [], null);
  const account = useAccount();
  useAccountFollower(Boolean(team?.link));
  if (read === null || team === null || !account.loaded) return <div className="loading">{t('app.loading')}</div>;
  const { agents, setup } = read;
  if (agents.length === 0) return <Welcome />;
  // In a team, whoever sits down signs in with 工号 + password on the shop server (issue 13).
  if (team.link && account.required && account.signedIn?.account.agentId !== agentId) return <AccountSignIn teamName={team.link.teamName} />;
  const current = agents.find((a) => a.id === agentId);
  if (!current) return <SignInPicker agents={agents} />;
  if (setup && !setup.done) return <SetupWizard agent={current} step={setup.step} />;
  return <Console agent={current} />;
}

import { useTranslation } from '../../i18n';
import { RevealSettings } from './RevealSettings';
import { TeamAccounts } from './TeamAccounts';
import { TeamBoard } from './TeamBoard';
import { TeamDevices } from './TeamDevices';
import { useTeamOverview } from './overview';
import { useTeamSupervisor } from './supervisor';
import './team.css';

/**
 * The 团队 tab (issue 13 §5–6), a supervisor's only: the live board of the whole team across
 * its PCs, the accounts, who may see full contacts with the audit of every reveal, and the team's PCs
 * (enrolment codes, revoking one).
 * 设置 → 团队 keeps joining, leaving, host mode and this PC's sync.
 */
export function TeamScreen() {
  const { t } = useTranslation();
  const supervisor = useTeamSupervisor();
  const { overview, reload } = useTeamOverview();
  if (!supervisor) return <p className="muted team-screen__only" data-testid="team-supervisor-only">{t('team.screen.supervisorOnly')}</p>;
  return (
    <div className="team-screen" data-testid="team-screen">
      <TeamBoard overview={overview} />
      <div className="team-screen__side">
        <section className="card" aria-labelledby="teamAccountsTitle">
          <TeamAccounts overview={overview} reload={reload} />
        </section>
        <RevealSettings />
        <TeamDevices overview={overview} />
      </div>
    </div>
  );
}

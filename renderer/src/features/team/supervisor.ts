import { useAccount } from '../../state/account';

/** The 团队 tab is a supervisor's: signed in with the shop server as one (team mode). Agents never see it. */
export function useTeamSupervisor(): boolean {
  return useAccount((s) => s.signedIn?.account.role === 'supervisor');
}

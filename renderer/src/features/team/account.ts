import { useEffect } from 'react';
import type { AccountFailure, ClaimTakeOutcome } from '@shared/schemas/syncHost';
import { problem, ProblemError } from '@shared/lib/problem';
import type { ClaimHolder, ClaimRequest } from '@shared/schemas/teamAccounts';
import { keepSignedInAgent } from '../../data';
import { getHost } from '../../host';
import { useAccount } from '../../state/account';
import { useSession } from '../../state/session';
import { syncEngine } from './engine';

/** The sign-out under way, if any (one at a time: the follower may ask twice while it runs). */
let signingOut: Promise<void> | null = null;

export type SignInResult = { ok: true; offline: boolean } | { ok: false; failure: AccountFailure | { code: 'host'; detail: string; retryAfterS?: null } };

/** 工号 + password with the shop server (offline: this PC's verifier); the agent then signs every write here. */
export async function signInAccount(employeeNo: string, password: string): Promise<SignInResult> {
  // A quick shift change types the next sign-in while the last sign-out is still under way:
  // that sign-out must end the outgoing session, never the new one.
  await signingOut;
  const r = await getHost().invoke('account:signIn', { employeeNo, password });
  if (!r.ok) return { ok: false, failure: { code: 'host', detail: r.error } };
  if (!r.value.ok) return { ok: false, failure: r.value.failure };
  await keepSignedInAgent(r.value.value.account, Date.now());
  useSession.getState().signIn(r.value.value.account.agentId);
  useAccount.getState().set({ signedIn: r.value.value, required: true });
  syncEngine().kick();
  return { ok: true, offline: r.value.value.offline };
}

/**
 * Ends the server session once the outgoing agent's work has gone up (one sync round), so the
 * next agent's writes are never signed with it. Offline, the round fails and the session is
 * ended locally; what waits goes up under the next signed-in account and is checked there.
 */
export function signOutAccount(): Promise<void> {
  signingOut ??= (async () => {
    try {
      await syncEngine().runOnce().catch(() => null);
      const r = await getHost().invoke('account:signOut', {});
      useAccount.getState().set(r.ok ? r.value : { signedIn: null, required: true });
    } finally {
      signingOut = null;
    }
  })();
  return signingOut;
}

/** Asks the host once who is signed in; follows the console's sign-out (the session ends with it). */
export function useAccountFollower(linked: boolean): void {
  const agentId = useSession((s) => s.agentId);
  const signedIn = useAccount((s) => s.signedIn);
  useEffect(() => {
    const ask = () =>
      void getHost()
        .invoke('account:status', {})
        .then((r) => useAccount.getState().set(r.ok ? r.value : { signedIn: null, required: false }));
    ask();
    // A server that was slow or away when the PC joined is asked again: its team may sign in with accounts.
    const timer = linked ? setInterval(() => { if (!useAccount.getState().signedIn) ask(); }, 10_000) : null;
    return () => { if (timer) clearInterval(timer); };
  }, [linked]);
  useEffect(() => {
    if (signedIn && signedIn.account.agentId !== agentId) void signOutAccount();
  }, [agentId, signedIn]);
}

/** Takes buyer-facing work on the server before doing it (granted / held by someone / not checkable offline). */
export async function takeClaim(req: ClaimRequest): Promise<ClaimTakeOutcome> {
  const r = await getHost().invoke('claims:take', req);
  return r.ok ? r.value : { kind: 'unchecked', failure: { code: 'offline', status: null, detail: r.error, retryAfterS: null } };
}

/**
 * Claims work when this PC is signed in with a team's server; standalone PCs just go on
 * (`free`). `unchecked`: in a team but the server cannot say — the caller warns and goes on.
 */
export async function claimWork(kind: ClaimRequest['kind'], target: string): Promise<ClaimTakeOutcome | { kind: 'free' }> {
  if (!useAccount.getState().signedIn) return { kind: 'free' };
  return takeClaim({ kind, target });
}

const HELD_CODE = { conversation: 'claimHeldConversation', reminder: 'claimHeldReminder', review: 'claimHeldReview' } as const;

/** "阿杰 正在催付这一单（前台电脑）" as the one refusal shape the notice line shows. */
export const heldProblem = (kind: ClaimRequest['kind'], holder: ClaimHolder): ProblemError =>
  new ProblemError(problem(HELD_CODE[kind], { params: { agent: holder.agentName, device: holder.deviceName } }));

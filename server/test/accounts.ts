import type { AccountView, SignInResponse } from '@shared/schemas/teamAccounts';
import { createAccount } from '../accounts/accounts';
import { ensureTeam } from '../enrol/enrol';
import type { EnrolledPc } from './http';
import type { TestDatabase } from './pg';

/** An account made as the server's command line makes one. */
export async function makeAccount(db: TestDatabase, team: string, employeeNo: string, name: string, role: 'agent' | 'supervisor', password: string): Promise<AccountView> {
  return createAccount(db.pool, (await ensureTeam(db.pool, team)).id, { employeeNo, name, role, password }, Date.now());
}

/** POST /v1/sessions as the PC's host does it. */
export function signInRaw(baseUrl: () => string, pc: EnrolledPc, body: unknown): Promise<Response> {
  return fetch(`${baseUrl()}/v1/sessions`, { method: 'POST', headers: { authorization: `Bearer ${pc.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export async function signIn(baseUrl: () => string, pc: EnrolledPc, employeeNo: string, password: string): Promise<SignInResponse> {
  const res = await signInRaw(baseUrl, pc, { employeeNo, password });
  if (res.status !== 201) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as SignInResponse;
}

/** Headers of a signed-in PC: the device's bearer token and the account's session. */
export const asSignedIn = (pc: EnrolledPc, session: string): Record<string, string> => ({ authorization: `Bearer ${pc.token}`, 'x-xiaoer-session': session, 'content-type': 'application/json' });

import { z } from 'zod';
import { EpochMs, Id } from './common';
import { AgentRole, EMPLOYEE_NO } from './people';

/**
 * Team mode part 2 on the wire (docs/team.md "Accounts, sessions, roles, claims"): shared by the
 * shop server and the PC's host so both ends validate the same shapes. Strict objects: a field
 * the server does not expect (a `role` slipped into a sign-in) is refused, not ignored.
 */

export const EmployeeNo = z.string().regex(EMPLOYEE_NO, 'employeeNoFormat');
/** Long enough to be a passphrase, short enough that scrypt's input stays small. */
export const Password = z.string().min(6).max(128);

export const SignInRequest = z.object({ employeeNo: EmployeeNo, password: Password }).strict();
export type SignInRequest = z.infer<typeof SignInRequest>;

export const AccountView = z.object({
  /** The account's `agents` record id: what the PC signs writes with. */
  agentId: Id,
  employeeNo: z.string(),
  name: z.string(),
  role: AgentRole,
});
export type AccountView = z.infer<typeof AccountView>;

export const SignInResponse = z.object({
  /** The session token: sent as `x-xiaoer-session` beside the device's bearer token. */
  session: z.string(),
  expiresAt: EpochMs,
  account: AccountView,
});
export type SignInResponse = z.infer<typeof SignInResponse>;

export const CreateAccountRequest = z
  .object({ employeeNo: EmployeeNo, name: z.string().trim().min(1).max(30), role: AgentRole, password: Password })
  .strict();
export type CreateAccountRequest = z.infer<typeof CreateAccountRequest>;

export const AccountList = z.object({ accounts: z.array(AccountView.extend({ locked: z.boolean(), disabled: z.boolean() })) });
export type AccountList = z.infer<typeof AccountList>;

export const ClaimKind = z.enum(['conversation', 'reminder', 'review']);
/** Record ids as PCs make them (ULIDs, natural ids like `o-3f…`): nothing else is a claim target. */
export const RecordRef = z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/, 'a record id');
export const ClaimTarget = RecordRef;

export const ClaimRequest = z.object({ kind: ClaimKind, target: ClaimTarget, leaseMs: z.number().int().positive().max(3_600_000).optional() }).strict();
export type ClaimRequest = z.infer<typeof ClaimRequest>;

export const ReleaseRequest = z.object({ kind: ClaimKind, target: ClaimTarget }).strict();

export const ClaimHolder = z.object({ agentId: Id, agentName: z.string(), deviceId: Id, deviceName: z.string(), expiresAt: EpochMs });
export type ClaimHolder = z.infer<typeof ClaimHolder>;

/** 200: the claim is the caller's until expiresAt. 409 `claimed`: the problem plus who holds it. */
export const ClaimResponse = z.object({ claim: ClaimHolder, renewed: z.boolean() });
export type ClaimResponse = z.infer<typeof ClaimResponse>;
export const ClaimRefusal = z.object({ problem: z.object({ code: z.literal('claimed'), field: z.string().nullable(), reason: z.string() }), holder: ClaimHolder });
export type ClaimRefusal = z.infer<typeof ClaimRefusal>;

export const PresenceState = z.enum(['online', 'busy', 'away']);
export const PresenceRequest = z.object({ state: PresenceState }).strict();

/** The supervisor's 团队 tab: who is signed in where, and how. */
export const TeamOverview = z.object({
  now: EpochMs,
  agents: z.array(
    AccountView.extend({
      /** null: not signed in anywhere. */
      presence: z.object({ state: PresenceState, deviceId: Id, deviceName: z.string(), at: EpochMs }).nullable(),
    }),
  ),
  claims: z.array(ClaimHolder.extend({ kind: ClaimKind, target: ClaimTarget })),
});
export type TeamOverview = z.infer<typeof TeamOverview>;

/** A supervisor ends every session of an account. */
export const RevokeRequest = z.object({ agentId: RecordRef }).strict();

/** A full phone or address shown on a PC: audited on the server. */
export const RevealRequest = z.object({ table: z.enum(['buyers', 'orders']), id: RecordRef, field: z.enum(['phone', 'address']), reason: z.string().trim().min(1).max(100) }).strict();

/** The roles a team lets receive full phone/address (set by a supervisor; issue 13 §6). */
export const RevealRoleName = z.enum(['agent', 'supervisor']);
export const RevealPolicy = z.object({ roles: z.array(RevealRoleName).max(2) }).strict();
export type RevealPolicy = z.infer<typeof RevealPolicy>;

/** One line of the server's reveal audit, as the supervisor reads it. */
export const RevealAuditEntry = z.object({
  table: z.enum(['buyers', 'orders']),
  id: z.string(),
  field: z.enum(['phone', 'address']),
  reason: z.string(),
  at: EpochMs,
  agentName: z.string(),
  deviceName: z.string(),
});
export type RevealAuditEntry = z.infer<typeof RevealAuditEntry>;
export const RevealAuditList = z.object({ reveals: z.array(RevealAuditEntry) });

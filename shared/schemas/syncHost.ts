import { z } from 'zod';
import { EpochMs } from './common';
import { DeviceList, EnrolCodeRequest, EnrolCodeResponse, PullResponse, PushResponse, RevokeDeviceResponse, SyncMutation, SyncVersion, MAX_MUTATIONS_PER_PUSH, MAX_PULL_ROWS } from './sync';
import { AccountView, ClaimHolder, ClaimRequest, PresenceRequest, RevealAuditList, RevealPolicy, TeamOverview } from './teamAccounts';

/**
 * What crosses the host contract for team sync (`sync:*`). The renderer never sees the
 * device's token: the host keeps it (Electron: userData/sync; browser host: serve-web's data
 * folder, one per page profile) and does the HTTP itself.
 */

/** A shop server address as typed in 设置 → 团队: http(s), no path beyond "/". */
export const ServerAddress = z
  .string()
  .trim()
  .max(200)
  .regex(/^https?:\/\/[^\s/?#]+\/?$/i, 'an address like https://192.168.1.20:8730');

export const SyncJoinInput = z
  .object({
    serverUrl: ServerAddress,
    /** The one-time code a supervisor made (`npm run server -- enroll-code --team …` or host mode): the secret and the certificate's fingerprint. */
    code: z.string().trim().min(4).max(60),
    /** What this PC is called in the team's device list. */
    deviceName: z.string().trim().min(1).max(60),
  })
  .strict();
export type SyncJoinInput = z.infer<typeof SyncJoinInput>;

export const SyncEnrolment = z.object({
  serverUrl: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  deviceId: z.string(),
  joinedAt: EpochMs,
  /** SHA-256 fingerprint of the server certificate this PC pinned at enrolment (null: plain http on this PC). */
  certificate: z.string().nullable().optional(),
});
export type SyncEnrolment = z.infer<typeof SyncEnrolment>;

/** Whether this PC is in a team, and which. */
export const SyncHostStatus = z.discriminatedUnion('joined', [
  z.object({ joined: z.literal(false) }),
  z.object({ joined: z.literal(true), enrolment: SyncEnrolment }),
]);
export type SyncHostStatus = z.infer<typeof SyncHostStatus>;

/**
 * Why a call to the shop server did not work, by kind, so the renderer can say it in the
 * agent's language: `offline` (no answer at all: the PC is offline or the server is down)
 * is a wait, everything else is a failure to show.
 */
export const SyncFailureCode = z.enum([
  'offline', // no connection, refused, timed out
  'not_joined', // this PC is in no team
  'bad_code', // enrolment: wrong, used or expired code
  'unauthorized', // the device's token is no longer accepted (revoked)
  'signed_out', // the team has accounts and nobody is signed in with the server on this PC (part 2)
  'wrong_team', // the server says this PC is not in that team
  'cursor_ahead', // the PC's cursor is beyond the server's head (another server or database)
  'too_large', // the request was bigger than the server takes
  'refused', // any other 4xx
  'server_error', // 5xx
  'bad_answer', // the answer does not fit the protocol (not a shop server, or another version)
  'revoked', // a supervisor revoked this device: it must join again with a new code
  'certificate_mismatch', // the server's certificate is not the one pinned at enrolment
  'insecure_address', // plain http to another machine: refused, tokens never cross the LAN in clear
  'code_needs_fingerprint', // an https server and a code without the certificate's fingerprint
]);
export type SyncFailureCode = z.infer<typeof SyncFailureCode>;

export const SyncFailure = z.object({
  code: SyncFailureCode,
  /** HTTP status when there was an answer. */
  status: z.number().int().nullable(),
  /** The server's or the network's own words: shown as detail, never as the message itself. */
  detail: z.string().max(500),
});
export type SyncFailure = z.infer<typeof SyncFailure>;

const outcome = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), failure: SyncFailure })]);

export const SyncJoinOutcome = outcome(SyncEnrolment);
export type SyncJoinOutcome = z.infer<typeof SyncJoinOutcome>;

export const SyncPushInput = z.object({ mutations: z.array(SyncMutation).min(1).max(MAX_MUTATIONS_PER_PUSH) }).strict();
export const SyncPushOutcome = outcome(PushResponse);
export type SyncPushOutcome = z.infer<typeof SyncPushOutcome>;

export const SyncPullInput = z.object({ cursor: SyncVersion, limit: z.number().int().min(1).max(MAX_PULL_ROWS) }).strict();
export const SyncPullOutcome = outcome(PullResponse);
export type SyncPullOutcome = z.infer<typeof SyncPullOutcome>;

/**
 * host → renderer: the server's live poke. `version` is the team's newest version (pull when
 * it is beyond the cursor); `connected: false` says the live link dropped (the host keeps
 * retrying; the renderer keeps its own timer too).
 */
export const SyncPoke = z.object({ version: SyncVersion.nullable(), connected: z.boolean() }).strict();
export type SyncPoke = z.infer<typeof SyncPoke>;

// ---- Team mode part 2: the signed-in account, claims and the supervisor's team view ----
// (the session token stays in the host like the device token; the page sees the account only)

export const AccountSignInInput = z.object({ employeeNo: z.string().trim().min(1).max(20), password: z.string().min(1).max(128) }).strict();
export type AccountSignInInput = z.infer<typeof AccountSignInInput>;

/** Who is signed in on this PC; `offline`: checked against this PC's local verifier, the server not reached yet. */
export const HostAccount = z.object({ account: AccountView, offline: z.boolean() });
export type HostAccount = z.infer<typeof HostAccount>;
/** `required`: the PC is in a team that signs in with accounts (as the server last said). */
export const HostAccountStatus = z.object({ signedIn: HostAccount.nullable(), required: z.boolean() });
export type HostAccountStatus = z.infer<typeof HostAccountStatus>;

/**
 * Why a sign-in did not work: the server's verdicts, `offline` (the server cannot be reached and
 * this 工号 never signed in on this PC), or the sync failures (not in a team, revoked PC…).
 */
export const AccountFailureCode = z.enum([...SyncFailureCode.options, 'bad_credentials', 'locked_out', 'rate_limited', 'no_session', 'claimed', 'supervisor_only', 'account_exists', 'not_found']);
export const AccountFailure = z.object({ code: AccountFailureCode, status: z.number().int().nullable(), detail: z.string().max(500), retryAfterS: z.number().int().nullable().optional() });
export type AccountFailure = z.infer<typeof AccountFailure>;
const accountOutcome = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), failure: AccountFailure })]);

export const AccountSignInOutcome = accountOutcome(HostAccount);
export type AccountSignInOutcome = z.infer<typeof AccountSignInOutcome>;

export const ClaimTakeInput = ClaimRequest;
/** Granted, held by someone else (`holder`), or not checkable (offline: the PC warns and goes on). */
export const ClaimTakeOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('granted'), claim: ClaimHolder }),
  z.object({ kind: z.literal('held'), holder: ClaimHolder }),
  z.object({ kind: z.literal('unchecked'), failure: AccountFailure }),
]);
export type ClaimTakeOutcome = z.infer<typeof ClaimTakeOutcome>;

export const TeamOverviewOutcome = accountOutcome(TeamOverview);
export type TeamOverviewOutcome = z.infer<typeof TeamOverviewOutcome>;
export const CreateAccountOutcome = accountOutcome(AccountView);
/** This PC's heartbeat: the signed-in agent's presence (issue 13 §5). */
export const TeamPresenceInput = PresenceRequest;
export const TeamPresenceOutcome = accountOutcome(z.object({ ok: z.literal(true) }));
export type TeamPresenceOutcome = z.infer<typeof TeamPresenceOutcome>;
/** The supervisor's reveal settings and audit; `setRoles` changes who receives full phone/address first. */
export const TeamRevealsInput = z.object({ setRoles: RevealPolicy.shape.roles.optional() }).strict();
export const TeamReveals = z.object({ roles: RevealPolicy.shape.roles, reveals: RevealAuditList.shape.reveals });
export type TeamReveals = z.infer<typeof TeamReveals>;
export const TeamRevealsOutcome = accountOutcome(TeamReveals);
export type TeamRevealsOutcome = z.infer<typeof TeamRevealsOutcome>;
export type CreateAccountOutcome = z.infer<typeof CreateAccountOutcome>;

// ---- The supervisor's devices panel (issue 13 §3): the team's PCs, revoking one, enrolment codes ----
/** The team's enrolled PCs (the server's list) and which of them is this PC. */
export const TeamDevices = z.object({ devices: DeviceList.shape.devices, thisDevice: z.string() });
export type TeamDevices = z.infer<typeof TeamDevices>;
export const TeamDevicesOutcome = accountOutcome(TeamDevices);
export type TeamDevicesOutcome = z.infer<typeof TeamDevicesOutcome>;
export const TeamRevokeDeviceInput = z.object({ deviceId: z.string().min(1).max(64) }).strict();
export const TeamRevokeDeviceOutcome = accountOutcome(RevokeDeviceResponse);
export type TeamRevokeDeviceOutcome = z.infer<typeof TeamRevokeDeviceOutcome>;
/** A fresh one-time code for one more PC; `ttlHours` defaults to the server's 24. */
export const TeamEnrolCodeInput = z.object({ ttlHours: EnrolCodeRequest.shape.ttlHours }).strict();
export const TeamEnrolCode = EnrolCodeResponse.pick({ code: true, expiresAt: true });
export type TeamEnrolCode = z.infer<typeof TeamEnrolCode>;
export const TeamEnrolCodeOutcome = accountOutcome(TeamEnrolCode);
export type TeamEnrolCodeOutcome = z.infer<typeof TeamEnrolCodeOutcome>;

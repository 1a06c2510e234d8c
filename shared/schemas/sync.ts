import { z } from 'zod';
import { EpochMs, Id } from './common';

/**
 * The team-sync wire format (docs/team.md), shared by the shop server and the PC's sync client
 * so both ends validate the same shapes.
 */

/** Record ids on the wire: our ULIDs, natural ids, and settings keys (which can be longer). */
export const SyncRecordId = z.string().min(1).max(200);

/** A server version: a per-team counter, one step per record written. */
export const SyncVersion = z.number().int().nonnegative();

export const SyncMutation = z.object({
  /** Unique per device (a ULID made on the PC); a repeat is answered with the first answer. */
  mutationId: z.string().min(1).max(64),
  deviceId: Id,
  /**
   * The agent signed in on the PC when the edit was made: the author/owner the server checks
   * (part 1 takes the device's word for it; accounts and sessions bind it later).
   */
  agentId: Id,
  table: z.string().min(1).max(40),
  id: SyncRecordId,
  op: z.enum(['put', 'delete']),
  /** Changed fields only (a new record: all of them). Ignored for deletes. */
  fields: z.record(z.string(), z.unknown()),
  /** The server version of the record this edit was made from; 0 for a record new to the PC. */
  baseVersion: SyncVersion,
  /** The PC's clock when the edit was made: informative only, never orders anything. */
  at: EpochMs,
  /** For platform facts (orders, buyers, products): the platform's time of the fact. */
  platformAt: EpochMs.optional(),
});
export type SyncMutation = z.infer<typeof SyncMutation>;

export const MAX_MUTATIONS_PER_PUSH = 500;

export const PushRequest = z.object({
  /** The team id the PC was enrolled in; another team's id is refused with 403. */
  team: z.string().min(1).max(64),
  mutations: z.array(SyncMutation).min(1).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.infer<typeof PushRequest>;

/** A record as the server holds it: what a pull delivers and what a push answer carries. */
export const SyncRow = z.object({
  table: z.string(),
  id: SyncRecordId,
  version: SyncVersion,
  fields: z.record(z.string(), z.unknown()),
  deletedAt: EpochMs.nullable(),
});
export type SyncRow = z.infer<typeof SyncRow>;

/** Why part of an applied mutation did not take, by the merge rule that kept the other value. */
export const SupersededRule = z.enum(['derived', 'older_platform_time', 'status_forward_only', 'conflict_copy']);
export type SupersededRule = z.infer<typeof SupersededRule>;

export const RefusalCode = z.enum([
  'invalid', // fields do not fit the table's schema
  'unknown_table', // not a synced table
  'not_synced', // a per-PC setting: never leaves the PC
  'deleted', // the record is a tombstone: deletes win
  'not_found', // deleting a record the server never had
  'append_only', // an append-only record cannot be changed
  'not_author', // only the author retracts an append-only record
  'not_owner', // personal records are written by their owner only
  'natural_key', // a platform fact's id does not match its natural key, or the key changed
  'unknown_shop', // an order names a shop the server does not know (its platform is part of the id)
  'platform_time_missing', // platform fields without the platform's time
  // Team mode part 2 (accounts and roles):
  'supervisor_only', // team configuration is written by supervisors only
  'wrong_agent', // the write names another agent as its writer or author
]);
export type RefusalCode = z.infer<typeof RefusalCode>;

export const ClockFlag = z.enum(['clock_ahead']);

export const MutationResult = z.discriminatedUnion('status', [
  z.object({
    mutationId: z.string(),
    status: z.literal('applied'),
    /** The version the record got; null when the mutation changed nothing (already so). */
    version: SyncVersion.nullable(),
    superseded: z.array(z.object({ field: z.string(), rule: SupersededRule })),
    /** A note edited on two PCs: this edit was saved as a new note with this id. */
    copyId: SyncRecordId.nullable(),
    flags: z.array(ClockFlag),
  }),
  z.object({
    mutationId: z.string(),
    status: z.literal('refused'),
    code: RefusalCode,
    field: z.string().nullable(),
    reason: z.string(),
    flags: z.array(ClockFlag),
  }),
]);
export type MutationResult = z.infer<typeof MutationResult>;

export const PushResponse = z.object({
  /** The team's version after this push. */
  version: SyncVersion,
  /** One per mutation, in order; each with the record as the server now holds it (null: none). */
  results: z.array(z.object({ result: MutationResult, row: SyncRow.nullable() })),
});
export type PushResponse = z.infer<typeof PushResponse>;

/**
 * The most rows one pull hands out (server and host contract alike). A first sync of a
 * year-long store (1.27M rows) is about 250 pages at this size: each page costs a request
 * through the host, a transaction and a wake-up of the PC's open screens.
 */
export const MAX_PULL_ROWS = 5000;

export const PullResponse = z.object({
  rows: z.array(SyncRow),
  /** Pass it back as `cursor` on the next pull. */
  cursor: SyncVersion,
  /** More rows wait beyond `limit`: pull again at once. */
  more: z.boolean(),
  /** The team's version in the same snapshot: how far a first sync has to go (absent from older servers). */
  head: SyncVersion.optional(),
});
export type PullResponse = z.infer<typeof PullResponse>;

export const EnrollRequest = z.object({
  code: z.string().min(1).max(40),
  /** What the PC calls itself (shown in the team's device list). */
  name: z.string().min(1).max(60).optional(),
});

export const EnrollResponse = z.object({
  deviceId: Id,
  token: z.string(),
  team: z.object({ id: z.string(), name: z.string() }),
});
export type EnrollResponse = z.infer<typeof EnrollResponse>;

/** A supervisor revokes one of the team's devices (docs/team.md "Devices"). */
export const RevokeDeviceRequest = z.object({ team: z.string().min(1).max(64), deviceId: z.string().min(1).max(64) }).strict();
export type RevokeDeviceRequest = z.infer<typeof RevokeDeviceRequest>;
/** 200 of POST /v1/devices/revoke: revoking twice changes nothing. */
export const RevokeDeviceResponse = z.object({ deviceId: z.string(), outcome: z.enum(['revoked', 'already_revoked']) });
export type RevokeDeviceResponse = z.infer<typeof RevokeDeviceResponse>;

/** One enrolled PC of the team as GET /v1/devices lists it (never its token); times in epoch ms. */
export const DeviceView = z.object({
  id: z.string(),
  name: z.string(),
  enrolledAt: z.number().int(),
  lastSeenAt: z.number().int().nullable(),
  revokedAt: z.number().int().nullable(),
  revokedBy: z.string().nullable(),
});
export type DeviceView = z.infer<typeof DeviceView>;
export const DeviceList = z.object({ devices: z.array(DeviceView) });

/** A supervisor asks the server for a one-time enrolment code (issue 13 §3); valid 24 h unless said. */
export const EnrolCodeRequest = z.object({ team: z.string().min(1).max(64), ttlHours: z.number().int().min(1).max(720).optional() }).strict();
export type EnrolCodeRequest = z.infer<typeof EnrolCodeRequest>;
/** 201: the code as the PC types it (with the certificate's fingerprint on HTTPS) and when it stops working. */
export const EnrolCodeResponse = z.object({ code: z.string().min(12).max(64), team: z.object({ id: z.string(), name: z.string() }), expiresAt: z.number().int() });
export type EnrolCodeResponse = z.infer<typeof EnrolCodeResponse>;

/** The one shape of a refused request (4xx/5xx), like the domain's Problem. */
export const HttpProblem = z.object({ problem: z.object({ code: z.string(), field: z.string().nullable().optional(), reason: z.string() }) });

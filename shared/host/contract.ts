import { z } from 'zod';
import { BACKUP_CHUNK_MAX_CHARS, BACKUP_READ_CHUNK_BYTES, BackupEntry, BackupName } from '../schemas/backup';
import { IngestInfo, JournaledEvent } from '../schemas/ingest';
import { OutboxHostInfo, OutboxItem, OutboxResult } from '../schemas/outbox';
import { MAX_NOTE_CHARS, MAX_NOTE_TITLE_CHARS } from '../schemas/shift';
import { ShopHostCode, ShopHostStartInput, ShopHostStatus } from '../schemas/shopHost';
import { AccountSignInInput, AccountSignInOutcome, ClaimTakeInput, ClaimTakeOutcome, CreateAccountOutcome, HostAccountStatus, TeamOverviewOutcome, TeamPresenceInput, TeamPresenceOutcome, TeamRevealsInput, TeamRevealsOutcome, TeamDevicesOutcome, TeamEnrolCodeInput, TeamEnrolCodeOutcome, TeamRevokeDeviceInput, TeamRevokeDeviceOutcome } from '../schemas/syncHost';
import { CreateAccountRequest } from '../schemas/teamAccounts';
import { SyncHostStatus, SyncJoinInput, SyncJoinOutcome, SyncPoke, SyncPullInput, SyncPullOutcome, SyncPushInput, SyncPushOutcome } from '../schemas/syncHost';
import { TabTarget } from '../schemas/tabs';
import { FoundExportId, WatchFolder, WatchStatus } from '../schemas/watchHost';
import { TraySummary } from '../schemas/tray';

/**
 * The one contract between the renderer and whatever hosts it (Electron main via preload, or
 * the browser host). Every payload crossing it is parsed with these schemas on both ends.
 */

/** An Electron accelerator such as `Ctrl+Alt+Space` (modifiers + one key). */
export const PaletteAccelerator = z.string().regex(/^((Ctrl|Alt|Shift|Super|CommandOrControl)\+){1,3}([A-Z0-9]|F([1-9]|1[0-2])|Space)$/, 'modifiers (Ctrl, Alt, Shift, Super) + a letter, digit, F1–F12 or Space');
export const PaletteStatus = z.object({ accelerator: z.string().max(60), registered: z.boolean(), error: z.enum(['taken', 'invalid']).nullable() }).strict();
export type PaletteStatus = z.infer<typeof PaletteStatus>;

export const HostKind = z.enum(['electron', 'browser']);
export type HostKind = z.infer<typeof HostKind>;

/**
 * Crash journal caps. The body cap is the note's own (shift.ts Note.body); a note bigger than
 * that is refused by the editor anyway. Entries over the cap are not journaled (the autosave
 * still commits within a second), so the host never holds more than a few MB per note.
 */
export const NOTE_JOURNAL_MAX_BODY = MAX_NOTE_CHARS;
export const NOTE_JOURNAL_MAX_ENTRIES = 200;

/** The note id doubles as a file name on disk, so it is restricted to a safe alphabet. */
export const NoteJournalNoteId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'only letters, digits, _ and - (1–64)');

/** The in-flight text of one note, written on every change; replaces the previous entry of that note. */
export const NoteJournalEntry = z.object({
  noteId: NoteJournalNoteId,
  agentId: z.string().min(1).max(64),
  title: z.string().max(MAX_NOTE_TITLE_CHARS),
  body: z.string().max(NOTE_JOURNAL_MAX_BODY, `over ${NOTE_JOURNAL_MAX_BODY} characters`),
  /** When the text was typed (ms). */
  at: z.number().int().nonnegative(),
}).strict();
export type NoteJournalEntry = z.infer<typeof NoteJournalEntry>;

/** A picked file's handle: the host's own random id, never a path. */
export const FileHandleId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a file handle');

/** A name the renderer suggests for a saved file (the agent still picks where it goes). */
const SaveFileName = z.string().min(1).max(200).regex(/^[^\\/:*?"<>|]+$/, 'file name has forbidden characters');

/** renderer → host, with an answer. */
export const invokeContract = {
  'app:info': {
    input: z.object({}).strict(),
    output: z.object({ host: HostKind, version: z.string(), platform: z.string() }),
  },
  'file:save': {
    input: z.object({
      suggestedName: SaveFileName,
      mime: z.string().min(1).max(100),
      /** Text content, or base64 when `base64` is true (binary files such as XLSX). */
      content: z.string().max(200 * 1024 * 1024),
      base64: z.boolean(),
    }).strict(),
    output: z.object({ saved: z.boolean(), path: z.string().nullable() }),
  },
  'file:open': {
    input: z.object({ extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).min(1).max(10) }).strict(),
    /** null when the agent cancelled. Bytes as base64 so any encoding (GBK CSV) can be decoded by the caller. */
    output: z.object({ name: z.string(), base64: z.string() }).nullable(),
  },
  /**
   * A file picked to be read in pieces (a backup file of any size up to the restore limit):
   * an opaque handle for file:read-chunk, valid while the app runs, and the file's size.
   */
  'file:pick': {
    input: z.object({ extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).min(1).max(10) }).strict(),
    output: z.object({ handle: FileHandleId, name: z.string(), sizeBytes: z.number().int().nonnegative() }).nullable(),
  },
  /** Like backup:read-chunk, on a picked file. */
  'file:read-chunk': {
    input: z.object({ handle: FileHandleId, offset: z.number().int().nonnegative(), length: z.number().int().min(4).max(BACKUP_READ_CHUNK_BYTES) }).strict(),
    output: z.object({ text: z.string().max(BACKUP_READ_CHUNK_BYTES), nextOffset: z.number().int().nonnegative(), sizeBytes: z.number().int().nonnegative() }),
  },
  /**
   * A file saved in pieces (an exported backup of any size), so no side holds it as one giant
   * string: begin asks where to save (null when the agent cancels) and answers a random handle,
   * never the path; append adds a piece; commit puts the file in place at once (written to a
   * temp file beside it, then renamed); abort drops an unfinished one.
   */
  'file:save-begin': {
    input: z.object({ suggestedName: SaveFileName, mime: z.string().min(1).max(100) }).strict(),
    output: z.object({ handle: FileHandleId }).nullable(),
  },
  'file:save-append': {
    input: z.object({ handle: FileHandleId, chunk: z.string().max(BACKUP_CHUNK_MAX_CHARS) }).strict(),
    output: z.object({ handle: FileHandleId }),
  },
  'file:save-commit': {
    input: z.object({ handle: FileHandleId }).strict(),
    output: z.object({ sizeBytes: z.number().int().nonnegative() }),
  },
  'file:save-abort': {
    input: z.object({ handle: FileHandleId }).strict(),
    output: z.object({ handle: FileHandleId }),
  },
  'shell:open-external': {
    input: z.object({ url: z.string().url().max(2000) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
  /**
   * The key contact secrets are sealed with in the store (32 random bytes, base64), made on
   * first ask and kept by the host wrapped by the OS keychain (Electron safeStorage; browser
   * host: a non-extractable WebCrypto key). The renderer imports it as non-extractable keys.
   */
  'store:key': {
    input: z.object({}).strict(),
    output: z.object({ key: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'not a 32-byte key') }).strict(),
  },
  /** At start: the crash-journal entries that survived (the renderer decides which to restore). */
  'noteJournal:read': {
    input: z.object({}).strict(),
    output: z.object({ entries: z.array(NoteJournalEntry).max(NOTE_JOURNAL_MAX_ENTRIES) }),
  },
  /**
   * A backup written in parts, so no side ever holds it as one giant string: begin opens a
   * temp file, append adds a piece (≤ 8 MB), commit makes it the backup atomically and applies
   * the rotation (answering what was kept and removed); abort drops an unfinished one.
   */
  'backup:begin': {
    input: z.object({ name: BackupName }).strict(),
    output: z.object({ name: BackupName }),
  },
  'backup:append': {
    input: z.object({ name: BackupName, chunk: z.string().max(BACKUP_CHUNK_MAX_CHARS) }).strict(),
    output: z.object({ name: BackupName }),
  },
  'backup:commit': {
    input: z.object({ name: BackupName }).strict(),
    output: z.object({ name: BackupName, sizeBytes: z.number().int().nonnegative(), kept: z.array(BackupName), removed: z.array(BackupName) }),
  },
  'backup:abort': {
    input: z.object({ name: BackupName }).strict(),
    output: z.object({ name: BackupName }),
  },
  /** The kept backups, newest first. */
  'backup:list': {
    input: z.object({}).strict(),
    output: z.array(BackupEntry),
  },
  /**
   * A backup read in parts, so no file is too big to cross the IPC or to be restored: size
   * first, then pieces of at most 2 MB from a byte offset. A piece ends on a whole UTF-8
   * character (a few bytes short of `length` when it would split one); `nextOffset` is where
   * the next piece starts.
   */
  'backup:size': {
    input: z.object({ name: BackupName }).strict(),
    output: z.object({ sizeBytes: z.number().int().nonnegative() }),
  },
  'backup:read-chunk': {
    input: z.object({ name: BackupName, offset: z.number().int().nonnegative(), length: z.number().int().min(4).max(BACKUP_READ_CHUNK_BYTES) }).strict(),
    output: z.object({ text: z.string().max(BACKUP_READ_CHUNK_BYTES), nextOffset: z.number().int().nonnegative(), sizeBytes: z.number().int().nonnegative() }),
  },
  /** The loopback ingest endpoint (docs/ingest.md): address, token, counters, refused batches. */
  'ingest:info': {
    input: z.object({}).strict(),
    output: IngestInfo,
  },
  /** Journaled events after `afterSeq` (oldest first, at most 200); from the start when `journalId` is another journal's. */
  'ingest:pull': {
    input: z.object({ afterSeq: z.number().int().nonnegative(), journalId: z.string().max(64).nullable() }).strict(),
    output: z.object({ journalId: z.string(), events: z.array(JournaledEvent).max(200) }),
  },
  'ingest:regenerate-token': {
    input: z.object({}).strict(),
    output: IngestInfo,
  },
  /**
   * Team sync (docs/team.md): the host talks to the shop server and keeps the device's token;
   * the renderer decides what to push and applies what it pulls. Failures to reach or satisfy
   * the server are answers (`ok: false` with a code), not host errors.
   */
  'sync:status': {
    input: z.object({}).strict(),
    output: SyncHostStatus,
  },
  'sync:join': {
    input: SyncJoinInput,
    output: SyncJoinOutcome,
  },
  /** Forgets the team on this PC (its token); the store keeps every record. */
  'sync:leave': {
    input: z.object({}).strict(),
    output: SyncHostStatus,
  },
  'sync:push': {
    input: SyncPushInput,
    output: SyncPushOutcome,
  },
  'sync:pull': {
    input: SyncPullInput,
    output: SyncPullOutcome,
  },
  /**
   * The outbox for the shop's bridge (docs/ingest.md "Outbox"): the page hands over items it
   * wrote in the same transaction as their records; the host journals them (fsynced) for the
   * bridge and reports back how each ended.
   */
  'outbox:offer': {
    input: z.object({ items: z.array(OutboxItem).min(1).max(100) }).strict(),
    output: z.object({ journalId: z.string(), accepted: z.array(z.string()), duplicates: z.array(z.string()) }),
  },
  'outbox:results': {
    input: z.object({ afterSeq: z.number().int().nonnegative(), journalId: z.string().max(64).nullable() }).strict(),
    output: z.object({ journalId: z.string(), results: z.array(OutboxResult).max(200) }),
  },
  'outbox:info': {
    input: z.object({}).strict(),
    output: OutboxHostInfo,
  },
  /**
   * The phrase palette over any window (companion mode): its global hotkey, and the copy that
   * hides it. `registered: false` with `error` says why the hotkey could not be had.
   */
  'palette:status': {
    input: z.object({}).strict(),
    output: PaletteStatus,
  },
  'palette:set-hotkey': {
    input: z.object({ accelerator: PaletteAccelerator }).strict(),
    output: PaletteStatus,
  },
  'palette:copy': {
    input: z.object({ text: z.string().min(1).max(5000) }).strict(),
    output: z.object({ copied: z.boolean() }),
  },
  /**
   * Host mode (docs/team.md "Host mode"): this PC runs the shop server itself, on the LAN over
   * HTTPS, until it is stopped or the app quits.
   */
  'shopHost:status': {
    input: z.object({}).strict(),
    output: ShopHostStatus,
  },
  'shopHost:start': {
    input: ShopHostStartInput,
    output: ShopHostStatus,
  },
  'shopHost:stop': {
    input: z.object({}).strict(),
    output: ShopHostStatus,
  },
  /** A fresh one-time enrolment code (with the certificate's fingerprint) for one more PC. */
  'shopHost:new-code': {
    input: z.object({}).strict(),
    output: ShopHostCode,
  },
  // ---- team mode part 2 (team2): the signed-in account, claims, the supervisor's team view ----
  /** Who is signed in with the shop server on this PC (the session token stays in the host). */
  'account:status': {
    input: z.object({}).strict(),
    output: HostAccountStatus,
  },
  /** 工号 + password checked by the server; offline, by this PC's verifier of an earlier sign-in. */
  'account:signIn': {
    input: AccountSignInInput,
    output: AccountSignInOutcome,
  },
  /** Ends the session on the server at once. */
  'account:signOut': {
    input: z.object({}).strict(),
    output: HostAccountStatus,
  },
  /** Takes buyer-facing work with a lease before doing it: granted, held by someone, or not checkable. */
  'claims:take': {
    input: ClaimTakeInput,
    output: ClaimTakeOutcome,
  },
  'team:overview': {
    input: z.object({}).strict(),
    output: TeamOverviewOutcome,
  },
  'team:createAccount': {
    input: CreateAccountRequest,
    output: CreateAccountOutcome,
  },
  /** The heartbeat of the signed-in agent's presence (online / busy / away) on this PC. */
  'team:presence': {
    input: TeamPresenceInput,
    output: TeamPresenceOutcome,
  },
  /** Supervisor: who receives full phone/address (optionally set first) and the server's reveal audit. */
  'team:reveals': {
    input: TeamRevealsInput,
    output: TeamRevealsOutcome,
  },
  /** Supervisor: the team's enrolled PCs (name, last seen, revoked) and which one is this PC. */
  'team:devices': {
    input: z.object({}).strict(),
    output: TeamDevicesOutcome,
  },
  /** Supervisor: cuts one PC off at once (its next request is refused and it says so). */
  'team:revokeDevice': {
    input: TeamRevokeDeviceInput,
    output: TeamRevokeDeviceOutcome,
  },
  /** Supervisor: a one-time enrolment code for one more PC, made by the shop server. */
  'team:enrolCode': {
    input: TeamEnrolCodeInput,
    output: TeamEnrolCodeOutcome,
  },
  /**
   * The watched export folder (electron/main/watch): the folder and the new export files found
   * in it. The renderer asks for the status now and then; read hands over a found file's bytes
   * (base64, like file:open); dismiss drops it from the list (imported, or not wanted).
   */
  'watch:status': {
    input: z.object({}).strict(),
    output: WatchStatus,
  },
  'watch:set-folder': {
    input: z.object({ folder: WatchFolder.nullable() }).strict(),
    output: WatchStatus,
  },
  'watch:read': {
    input: z.object({ id: FoundExportId }).strict(),
    output: z.object({ name: z.string(), base64: z.string() }).nullable(),
  },
  'watch:dismiss': {
    input: z.object({ id: FoundExportId }).strict(),
    output: WatchStatus,
  },
} as const;

/** renderer → host, fire and forget. */
export const sendContract = {
  'tray:summary': TraySummary,
  'notify:show': z.object({
    key: z.string().min(1).max(200),
    title: z.string().min(1).max(200),
    body: z.string().max(500),
    target: TabTarget,
    /** Repeat until acknowledged (buyers over the 3-minute line). */
    repeatEveryMs: z.number().int().min(10_000).max(3_600_000).nullable(),
  }).strict(),
  'notify:ack': z.object({ key: z.string().min(1).max(200) }).strict(),
  'window:attention': z.object({}).strict(),
  /** Kept synchronously by the host (a file per note under Electron), so a kill loses at most this keystroke. */
  'noteJournal:write': NoteJournalEntry,
  /**
   * After a committed save. With `match`, the entry is dropped only while it still holds that
   * text (typing that went on meanwhile stays journaled); with null it is dropped outright.
   */
  'noteJournal:clear': z.object({
    noteId: NoteJournalNoteId,
    match: z.object({ title: z.string().max(MAX_NOTE_TITLE_CHARS), body: z.string().max(NOTE_JOURNAL_MAX_BODY) }).strict().nullable(),
  }).strict(),
  /** Everything up to `upToSeq` is applied to the store: the host may drop it from its journal. */
  'ingest:ack': z.object({ journalId: z.string().min(1).max(64), upToSeq: z.number().int().nonnegative() }).strict(),
  /** Outbox results up to `upToSeq` are applied to the store: the host may drop them and their items. */
  'outbox:settle': z.object({ journalId: z.string().min(1).max(64), upToSeq: z.number().int().nonnegative() }).strict(),
  /** The palette window closes without copying (Esc). */
  'palette:hide': z.object({}).strict(),
} as const;

/** host → renderer. */
export const eventContract = {
  /** Tray menu item or notification click: show this tab. */
  'console:navigate': TabTarget,
  /** New events were journaled (or are waiting since start): pull them. */
  'ingest:available': z.object({}).strict(),
  /** The shop server's live poke (or the live link dropping): pull when the version is new. */
  'sync:poke': SyncPoke,
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type SendChannel = keyof typeof sendContract;
export type EventChannel = keyof typeof eventContract;
export type InvokeInput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['input']>;
export type InvokeOutput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['output']>;
export type SendPayload<C extends SendChannel> = z.infer<(typeof sendContract)[C]>;
export type EventPayload<C extends EventChannel> = z.infer<(typeof eventContract)[C]>;

export const INVOKE_CHANNELS = Object.keys(invokeContract) as InvokeChannel[];
export const SEND_CHANNELS = Object.keys(sendContract) as SendChannel[];

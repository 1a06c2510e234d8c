/** Team-sync merge rules (DESIGN.md §3): pure, used by the shop server and the PC's sync client. */
export { TABLE_RULES, SYNCED_TABLES, BOOKKEEPING_FIELDS, ruleFor, settingScope, type SyncKind, type TableRule, type SettingScope, type ResolvedRule } from './kinds';
export { naturalId, naturalKeyOf, type NaturalKey } from './naturalId';
export { STATUS_RULES, compareRanks, type StatusRule } from './status';
export { CLOCK_TOLERANCE_MS, clampClock, type ClockFlag } from './clock';
export { checkFields } from './validate';
export { sameValue, containsNul } from './value';
export { mergeMutation, type MergeInput, type MergeOutcome, type StoredRecord, type RecordMeta, type FieldStamp, type ConflictEntry, type Superseded, type Fields } from './merge';
export { PHOTO_SYNC_MAX_BYTES, checkPhotoImage, base64Bytes } from './photo';
export { applyMutation, orderShopId, type ApplyInput, type AppliedMutation, type Denial } from './applyMutation';

export { backupName, backupTime, fullBackupName, incrementalBackupName, parseBackupName, type BackupInfo } from './naming';
export { planRotation, KEEP_ALL_MS, KEEP_DAILY_DAYS, KEEP_WEEKLY_WEEKS, type RotationEntry, type RotationPlan } from './rotation';
export { planNextBackup, restoreChain, FULL_EVERY_MS, MAX_INCREMENTALS, MAX_INCREMENTAL_CHANGES, type NextBackup, type RestoreChain } from './chain';
export { isBackupDue, BACKUP_INTERVAL_MS, type BackupReason, type DueFacts } from './due';
export { mergeDecision, countDecision, addCounts, emptyCounts, type MergeCounts, type MergeDecision } from './merge';

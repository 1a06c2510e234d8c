export { createBackupStore, type BackupFs, type BackupStore, type BackupStoreDeps, type BackupWriteResult } from './backup-store';

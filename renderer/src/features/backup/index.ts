export { AutoBackup } from './AutoBackup';
export { useBackupActions, type BackupActions } from './useBackupActions';
export { useBackupList } from './useBackupList';
export { ProblemList } from './ProblemList';
export { backupTimeText, sizeText } from './format';
export { RestoreReportNotice } from './RestoreReportNotice';
export { RestoreCard } from './RestoreCard';
export { BackupTable } from './BackupTable';
export { RestoreProgress } from './RestoreProgress';

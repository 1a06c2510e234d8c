export { AutoBackup } from './AutoBackup';
export { RestoreReportNotice } from './RestoreReportNotice';
export { RestoreCard } from './RestoreCard';
export { BackupSection } from './BackupSection';

export { createJournalStore, type JournalFs, type JournalStore, type JournalStoreDeps } from './journal-store';

// The declared data API: every query and command that app/ and features/ may use, and the types
// they pass. Features import nothing deeper than this file (enforced by scripts/lint/layers-rule.mjs),
// so a module inside data/ can move or split without touching a screen.

// The store, its check at start-up, and the live-query hook
export { openStore, type OpenResult } from './store';
export { installStoreKey } from './crypto/sealStore';
export type { StoreCheck } from './preflight';
export { useLive, useLiveAt, useSharedLive } from './hooks';
export { withBulk, type Pace } from './live/pace';
export type { WriteContext } from './repositories/tracked';

// Agents, shops, settings
export { listAgents, listShops, getAgent, createShopAndAgent, addAgent, type SetupInput } from './repositories/agents';
export { readSetting, writeSetting } from './repositories/settings';
export { liveShops, saveFlagMeanings, savePaymentPolicy } from './orders/policy';
export { addShop, saveShopProfile, type ShopProfile } from './repositories/shops';
export { saveAutoReplyTexts, saveTierRules } from './presale/shopRules';

// First start of a real shop: the shop, its first agent and the setup wizard's progress
export { agentsAndSetup, createShopForSetup, readSetupProgress, saveSetupProgress, setupCounts, type SetupCounts, type SetupProgress } from './setup/progress';

// Search, tabs and the tray
export { findOrdersByNoPrefix, findBuyersByNick, paletteNames, latestConversationOf, type PaletteName } from './queries/search';
export { orderDetail, buyerDetail, type OrderDetail, type BuyerDetail } from './queries/details';
export { entityTitle } from './queries/titles';
export { trayFacts } from './queries/trayFacts';

// 接待: the queue, conversations, phrases, buyers
export { waitingConversations, messagesOf } from './queries/conversations';
export { waitingQueue, buyersByIds, conversationWithParties, type QueueRow } from './queries/queue';
export { colleagues } from './presale/queue';
export { sendReply, resolveConversation, sendAutoReply, transferConversation } from './presale/conversations';
export { sendShopAutoReply } from './presale/autoReply';
export { addPhrases, countPhraseUses, deletePhrase, ensureStarterPhrases, listPhrases, savePhrase, swapPhraseOrder } from './presale/phrases';
export { readLintLists, readMutedShops, readPeakMode, setPeakMode, setShopMuted, writeLintLists } from './presale/settings';
export { addFollowUp, auditOf, buyerPanel, completeFollowUp, latestOrderOf, revealBuyerContact, setBuyerNotes, setBuyerTags, setBuyerTier } from './presale/buyers';
export { answerBargain, askSupervisor, bargainRequestsOf, bargainRows, pendingBargainRequests, readBargainLimits, saveBargainLimits, type BargainRow } from './presale/bargain';

// 知识库
export { deleteProduct, getProduct, importProducts, listProducts, saveProduct, type ProductImportOutcome } from './presale/knowledge';

// 订单: the grid, one order, remarks, import
export { EMPTY_FILTER, loadGridRows, queryOrderHead, queryOrderIds, type OrderFilter, type OrderGridRow, type OrderIdsResult, type OrderSortKey } from './orders/grid';
export { orderFullDetail } from './orders/detail';
export { addRemark, editRemark, readRemarkDraft, retractRemark, saveRemarkDraft } from './orders/remarks';
export { openOrderImport, type FileRead, type OrderImportSession } from './orders/importClient';
export type { OrderImportOutcome } from './orders/importOrders';

// 催付 and 核实
export { closeUnpaidOrder, paymentQueue, sendPaymentReminder, stopPaymentReminders, successRates, type PaymentChannel, type PaymentWorkRow } from './orders/payments';
export { changeAddress, confirmVerification, revealOrderContact, sendVerifyMessage, verifyQueue, type VerifyRow } from './orders/verify';

// 售后 and 评价
export { agentsAndShops, caseView, openReviewQueue, openTicketQueue, orderByNo, ordersOfBuyer, reviewRegister, ticketRegister, ticketsOfBuyer, type CaseContext } from './cases/queries';
export { advanceTicket, createTicket, logTicketContact, resolveTicket, sendCaseMessage, updateTicket } from './cases/tickets';
export { logReviewContact, moveReview, registerReview, updateReview } from './cases/reviews';
export { addPhoto, type PhotoRow } from './cases/photos';

// 交接 and promises
export { acknowledgeItem, claimItem, draftOf, pendingHandovers, recentHandovers, saveDraft, signInHandover, signOutHandover, unacknowledged } from './handover/handovers';
export { handoverFacts } from './handover/handoverFacts';
export { readShiftDefs, readShiftTimes, saveShiftTimes } from './handover/shifts';
export { checklistConfig, checklistCounts, checklistProgress, saveChecklistConfig, saveChecklistProgress } from './handover/checklist';
export { closePromise, openPromises, openPromisesOf, recentOrdersOf, recordPromise, type PromiseDraft } from './handover/promises';

// 笔记
export { createNote, deleteNote, getNote, listNotes, notesOfSubject, recoverNote, restoreRevision, revisionsOf, saveNote, subjectNotes, thinExpiredRevisions, type NoteFields, type NoteScope, type NoteSubject } from './notes/notes';

// 报表
export { chatLinesBetween, chatBetween } from './reports/chatLines';
export { reportFacts, drillNames, conversationBuyers } from './reports/facts';

// Backup, ingest, the demo shop
export { lastChangeAt, lastChangeSeq, openRestore, streamSnapshot, type RestoreReport, type RestoreSource, type SnapshotPlan } from './backup';
export { BACKUP_PASSPHRASE_MIN, BACKUP_PASSPHRASE_SETTING, backupProtection, backupSealer, isSealedBackup, protectionOf, setBackupPassphrase, unlockBackup, type BackupProtection } from './backup/passphrase';
export { sealingEmitter } from './backup/backupCipher';
export { createIngestRunner, ingestLocalStatus, type IngestSource, type IngestLocalStatus, type ApplyProblem } from './ingest';
export { seedDemoShop, hasDemoData, clearDemoData, SIMULATOR_SETTING, type ClearDemoResult } from './demo';
export { runSimulatorTick } from './simulator';

// Team sync
export { createSyncEngine, joinTeam, leaveTeam, teamView, dismissSyncWarnings, type SyncTransport, type SyncEngine, type TeamView, type JoinOutcome, type JoinProblem, type Refusal } from './sync';
// 外发 (outbox, issue 14): delivery of buyer-facing actions through the bridge or the clipboard
export { createOutboxRunner, onOutboxWritten, markCopied, resendDelivery, dismissDelivery, deliveriesOf, orderDeliveries, failedDeliveries, readShopDeliveries, saveShopDelivery, type OutboxSource, type OutboxRunner } from './outbox';

// Exports of buyer data, audited with who and why (harden, issue 15)
export { auditExport, exportAudit, type ExportKind } from './repositories/audit';
// team2: the account signed in with the shop server, the supervisor's team board
export { keepSignedInAgent } from './sync';
export { teamBoardView, shanghaiDayStart, type TeamBoardView, type TeamCase } from './team/board';
export { reassignCase } from './team/reassign';

// perf (issue 10): the tray's areas followed one by one, keyed shared reads started by a click,
// the 订单 grid read a window at a time
export { TRAY_AREAS } from './queries/trayFacts';
export { useSharedLiveOf } from './hooks';
export { chatHead, chatHistory, preloadConversation } from './presale/preload';
export { loadGridWindow } from './orders/grid';

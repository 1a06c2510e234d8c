export { createIngestService, ingestPortFrom, DEFAULT_INGEST_PORT, PULL_LIMIT, type IngestService, type IngestServiceOptions } from './service';
export { createIngestServer, LOOPBACK, type IngestServer } from './server';
export { openIngestJournal, type IngestJournal } from './ingestJournal';
export { loadToken, regenerateToken, tokenMatches } from './token';
export { createOutboxService, OUTBOX_PULL_LIMIT, type OutboxService, type OutboxServiceOptions } from './outboxService';
// For the browser host's page routes (scripts/web-host-routes.mjs): the same contract checks as IPC.
export { parseInvokeInput, parseSendPayload } from '@shared/host/validate';

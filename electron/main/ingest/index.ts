export { createIngestService, ingestPortFrom, DEFAULT_INGEST_PORT, PULL_LIMIT, type IngestService, type IngestServiceOptions } from './service';
export { createIngestServer, LOOPBACK, type IngestServer } from './server';
export { openJournal, type IngestJournal } from './journal';
export { loadToken, regenerateToken, tokenMatches } from './token';

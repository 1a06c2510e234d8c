import type { InvokeHandlers } from './dispatch';

/** For tests of hosts and dispatchers: an ingest answer that satisfies the contract. */
export const INGEST_INFO = { url: 'http://127.0.0.1:5501/v1/events', token: 'a'.repeat(64), running: true, pending: 0, journalId: 'j1', lastSeq: 0, receivedToday: 0, lastEventAt: null, lastError: null, rejections: [] };

/** A complete handler table with plausible answers; tests replace the handlers they exercise. */
export function fakeInvokeHandlers(): InvokeHandlers {
  return {
    'app:info': () => ({ host: 'electron', version: '0.1.0', platform: 'linux' }),
    'file:save': (input) => ({ saved: true, path: `/home/agent/${input.suggestedName}` }),
    'file:open': () => null,
    'file:pick': () => null,
    'file:read-chunk': () => ({ text: '{}', nextOffset: 2, sizeBytes: 2 }),
    'file:save-begin': () => null,
    'file:save-append': ({ handle }) => ({ handle }),
    'file:save-commit': () => ({ sizeBytes: 2 }),
    'file:save-abort': ({ handle }) => ({ handle }),
    'shell:open-external': () => ({ opened: true }),
    'noteJournal:read': () => ({ entries: [] }),
    'backup:begin': ({ name }) => ({ name }),
    'backup:append': ({ name }) => ({ name }),
    'backup:commit': ({ name }) => ({ name, sizeBytes: 2, kept: [name], removed: [] }),
    'backup:abort': ({ name }) => ({ name }),
    'backup:list': () => [],
    'backup:size': () => ({ sizeBytes: 2 }),
    'backup:read-chunk': () => ({ text: '{}', nextOffset: 2, sizeBytes: 2 }),
    'ingest:info': () => INGEST_INFO,
    'ingest:pull': ({ afterSeq }) => ({ journalId: 'j1', events: afterSeq > 0 ? [] : [{ seq: 1, receivedAt: 5, event: { eventId: 'e1', type: 'order.paid', shopId: 's1', at: 5, orderNo: '3920118822334455667' } }] }),
    'ingest:regenerate-token': () => INGEST_INFO,
    'sync:status': () => ({ joined: false }),
    'sync:join': () => ({ ok: false, failure: { code: 'bad_code', status: 403, detail: 'bad_code: the code is wrong, used or expired' } }),
    'sync:leave': () => ({ joined: false }),
    'sync:push': () => ({ ok: false, failure: { code: 'not_joined', status: null, detail: 'this PC is in no team' } }),
    'sync:pull': () => ({ ok: false, failure: { code: 'not_joined', status: null, detail: 'this PC is in no team' } }),
    'watch:status': () => ({ folder: null, problem: null, found: [] }),
    'watch:set-folder': ({ folder }) => ({ folder, problem: null, found: [] }),
    'watch:read': () => null,
    'watch:dismiss': () => ({ folder: null, problem: null, found: [] }),
  };
}

import { describe, expect, it } from 'vitest';
import { duplicateIds, findConflicts } from './conflicts';
import type { CommandInfo, Scope } from './types';

const info = (id: string, scope: Scope, keys: string[]): CommandInfo => ({ id, label: id, scope, keys, browserKeys: [], palette: true, ownField: false });

describe('key conflicts', () => {
  it('refuses two commands on one key in one scope, however the key is spelled', () => {
    expect(findConflicts([info('payments:sms', 'payments', ['M']), info('payments:mail', 'payments', ['m'])])).toEqual([{ key: 'M', scope: 'payments', ids: ['payments:sms', 'payments:mail'] }]);
  });

  it('refuses a screen key that would hide a global one', () => {
    expect(findConflicts([info('global:closeTab', 'global', ['Ctrl+W']), info('notes:wrap', 'notes', ['Ctrl+W'])])).toEqual([{ key: 'Ctrl+W', scope: 'notes', ids: ['global:closeTab', 'notes:wrap'] }]);
  });

  it('lets screens never on view together reuse a key, and a command list one key twice', () => {
    expect(findConflicts([info('cases:newCase', 'cases', ['Alt+N']), info('notes:newNote', 'notes', ['Alt+N']), info('payments:prev', 'payments', ['K', 'k'])])).toEqual([]);
  });

  it('finds an id used twice', () => {
    expect(duplicateIds([info('a:b', 'notes', []), info('a:c', 'notes', []), info('a:b', 'cases', [])])).toEqual(['a:b']);
  });
});

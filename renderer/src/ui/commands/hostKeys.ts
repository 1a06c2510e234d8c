import type { CommandInfo } from './types';

/**
 * Which host the keys are for, set once at start-up: in the browser host the commands' browser
 * alternatives (CommandDef.browserKeys) work too, since the browser never hands Ctrl+W, Ctrl+1…9
 * or Ctrl+Tab to the page. Not React state: the dispatcher and the F1 sheet read it when asked.
 */
let browserHost = false;

export function setBrowserHostKeys(on: boolean): void {
  browserHost = on;
}

export const browserHostKeys = (): boolean => browserHost;

/** The key lists a command answers to on this host; a hit's index is its place in its own list. */
export const liveKeyLists = (info: Pick<CommandInfo, 'keys' | 'browserKeys'>): readonly (readonly string[])[] =>
  browserHost && info.browserKeys.length > 0 ? [info.keys, info.browserKeys] : [info.keys];

import { defineCommands } from '../../ui/commands';

/** The 团队 tab's own key (it has no Ctrl+digit: it is the eleventh tab, and a supervisor's only). */
export interface TeamTabCtx {
  visible: boolean;
  open: () => void;
}

export const teamTabCommands = defineCommands<TeamTabCtx>('global', [
  // M for members: Ctrl+Shift+T reopens a closed tab in browsers, Ctrl+T opens one.
  { id: 'global:teamTab', label: 'commands.global.teamTab', keys: ['Ctrl+Shift+M'], enabled: (c) => c.visible, run: (c) => c.open() },
]);

export const teamCommandSets = [teamTabCommands] as const;

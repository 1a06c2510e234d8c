export { lintReply, applyLintSuggestions } from './lint';
export type { LintWarning } from './lint';
export { DEFAULT_LINT_LISTS, LINT_RULES, LintLists, LintRule, LintWord } from './lists';
export type { LintListsInput } from './lists';

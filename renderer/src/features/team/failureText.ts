import type { JoinProblem } from '../../data';
import { t } from '../../i18n';

/** A sync failure in the agent's words; the raw detail only ever goes in a tooltip. */
export function failureText(code: string, refused = 0): string {
  if (code === 'refused' && refused > 0) return t('team.failure.refusedEdits', { count: refused });
  return t(`team.failure.${code}`, { defaultValue: t('team.failure.unknown') });
}

/** Why joining did not work, said for the form (a code, a network failure, the demo shop). */
export function joinProblemText(p: JoinProblem): string {
  return t(`team.joinProblem.${p.code}`, { defaultValue: failureText(p.code) });
}

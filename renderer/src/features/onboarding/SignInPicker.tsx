import type { Agent } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';
import { useSession } from '../../state/session';
import { useInteractiveMark } from '../../ui/useInteractiveMark';

/** Several agents share one PC: whoever sits down picks themselves; they sign what they write. */
export function SignInPicker({ agents }: { agents: Agent[] }) {
  const { t } = useTranslation();
  useInteractiveMark('sign-in');
  const signIn = useSession((s) => s.signIn);
  return (
    <main className="welcome">
      <h1>{t('onboarding.signIn.title')}</h1>
      <p className="welcome__lead">{t('onboarding.signIn.lead')}</p>
      <ul className="agent-list">
        {agents.map((a, i) => (
          <li key={a.id}>
            <button className="agent-card" autoFocus={i === 0} onClick={() => signIn(a.id)} data-testid={`sign-in-${a.employeeNo}`}>
              <span className="agent-card__name">{a.name}</span>
              <span className="agent-card__meta">{t('onboarding.signIn.employeeNo', { no: a.employeeNo })} · {t(`role.${a.role}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}

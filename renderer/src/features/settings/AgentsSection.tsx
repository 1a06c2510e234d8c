import { useState, type FormEvent } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { addAgent } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { Field } from '../../ui';

/** Agents sharing this PC; a supervisor or agent adds a colleague who then picks themselves at sign-in. */
export function AgentsSection({ agents, current }: { agents: Agent[]; current: Agent }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form, setForm] = useState({ name: '', employeeNo: '', role: 'agent' as Agent['role'] });
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    // addAgent refuses a missing name, a malformed or a taken 工号, naming the field.
    try {
      await addAgent(form, { agentId: current.id, now: Date.now() });
      setForm({ name: '', employeeNo: '', role: 'agent' });
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section className="card">
      <h2>{t('settings.agents')}</h2>
      <ul className="plain-list">
        {agents.map((a) => (
          <li key={a.id}>{a.name} · {t('settings.employeeNoOf', { no: a.employeeNo })} · {t(`role.${a.role}`)}{a.id === current.id ? ` · ${t('settings.you')}` : ''}</li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('settings.agentName')} htmlFor="newAgentName">
          <input id="newAgentName" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} maxLength={30} />
        </Field>
        <Field label={t('settings.employeeNo')} htmlFor="newAgentNo">
          <input id="newAgentNo" value={form.employeeNo} onChange={(e) => setForm({ ...form, employeeNo: e.target.value })} maxLength={20} />
        </Field>
        <Field label={t('settings.role')} htmlFor="newAgentRole">
          <select id="newAgentRole" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value === 'supervisor' ? 'supervisor' : 'agent' })}>
            <option value="agent">{t('role.agent')}</option>
            <option value="supervisor">{t('role.supervisor')}</option>
          </select>
        </Field>
        <button className="btn" type="submit">{t('settings.addAgent')}</button>
      </form>
      {error ? <p className="error" role="alert">{error}</p> : null}
    </section>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { problemReason, useErrorText, useTranslation } from '../../i18n';
import { seedDemoShop } from '../../data';
import { createShopForSetup } from '../../data';
import { RestoreCard } from '../backup';
import { useSession } from '../../state/session';
import { Field } from '../../ui';
import { validateSetup, type SetupErrors } from './validateSetup';
import { useInteractiveMark } from '../../ui/useInteractiveMark';

/**
 * First start: try the demo shop in one click, create the real shop and its first agent (then
 * the setup wizard walks through the rest), or restore a backup.
 */
export function Welcome() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  useInteractiveMark('welcome');
  const signIn = useSession((s) => s.signIn);
  const [form, setForm] = useState({ shopName: '', platform: 'taobao', agentName: '', employeeNo: '', role: 'agent' });
  const [errors, setErrors] = useState<SetupErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const startDemo = async (): Promise<void> => {
    setBusy(true);
    try {
      const agentId = await seedDemoShop(Date.now());
      signIn(agentId);
    } catch (e) {
      setFailure(errorText(e));
      setBusy(false);
    }
  };

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const checked = validateSetup(form);
    setErrors(checked.ok ? {} : checked.error);
    if (!checked.ok) return;
    setBusy(true);
    try {
      // The wizard opens on sign-in and comes back after a reload until it is finished or skipped.
      const agent = await createShopForSetup(checked.value, Date.now());
      signIn(agent.id);
    } catch (err) {
      setFailure(errorText(err));
      setBusy(false);
    }
  };

  // `/?demo=1` (the README's demo link): on an empty store the demo shop starts without a click.
  // Any other address shows this page, so a real shop never starts inside the demo.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('demo') === '1') void startDemo();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const err = (k: keyof SetupErrors) => { const p = errors[k]; return p ? problemReason(t, p) : undefined; };

  return (
    <main className="welcome">
      <h1>{t('onboarding.welcome.title')}</h1>
      <p className="welcome__lead">{t('onboarding.welcome.lead')}</p>
      <div className="welcome__cards">
        <section className="card">
          <h2>{t('onboarding.welcome.demoTitle')}</h2>
          <p>{t('onboarding.welcome.demoBody')}</p>
          <button className="btn btn--primary" disabled={busy} onClick={() => void startDemo()} data-testid="start-demo">
            {t('onboarding.welcome.demoButton')}
          </button>
        </section>
        <form className="card" onSubmit={(e) => void submit(e)} noValidate data-testid="setup-form">
          <h2>{t('onboarding.welcome.setupTitle')}</h2>
          <p className="muted">{t('onboarding.welcome.setupLead')}</p>
          <Field label={t('onboarding.welcome.shopName')} htmlFor="shopName" error={err('shopName')}>
            <input id="shopName" value={form.shopName} onChange={set('shopName')} maxLength={60} />
          </Field>
          <Field label={t('onboarding.welcome.platform')} htmlFor="platform">
            <select id="platform" value={form.platform} onChange={set('platform')}>
              {(['taobao', 'tmall', 'jd', 'pdd', 'other'] as const).map((p) => (
                <option key={p} value={p}>{t(`platform.${p}`)}</option>
              ))}
            </select>
          </Field>
          <Field label={t('onboarding.welcome.agentName')} htmlFor="agentName" error={err('agentName')}>
            <input id="agentName" value={form.agentName} onChange={set('agentName')} maxLength={30} />
          </Field>
          <Field label={t('onboarding.welcome.employeeNo')} htmlFor="employeeNo" error={err('employeeNo')}>
            <input id="employeeNo" value={form.employeeNo} onChange={set('employeeNo')} maxLength={20} />
          </Field>
          <Field label={t('onboarding.welcome.role')} htmlFor="role">
            <select id="role" value={form.role} onChange={set('role')}>
              <option value="agent">{t('role.agent')}</option>
              <option value="supervisor">{t('role.supervisor')}</option>
            </select>
          </Field>
          <button className="btn" type="submit" disabled={busy}>{t('onboarding.welcome.setupButton')}</button>
        </form>
      </div>
      <div className="welcome__restore">
        <RestoreCard />
      </div>
      {failure ? <p className="error" role="alert">{failure}</p> : null}
    </main>
  );
}

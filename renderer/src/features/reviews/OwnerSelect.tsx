import type { Agent } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';

/** Who owns a case; anyone may take an unowned one (simulated requests arrive without an owner). */
export function OwnerSelect({ agents, value, onChange }: { agents: Agent[]; value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <label className="owner">
      {t('cases.field.ownerId')}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid="case-owner">
        <option value="">{t('cases.unowned')}</option>
        {agents.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
    </label>
  );
}

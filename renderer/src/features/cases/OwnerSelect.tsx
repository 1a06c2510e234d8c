import type { Agent } from '@shared/schemas/entities';
import { useTranslation } from '../../i18n';
import { Select } from '../../ui';

/** Who owns a case; anyone may take an unowned one (simulated requests arrive without an owner). */
export function OwnerSelect({ agents, value, onChange }: { agents: Agent[]; value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const options = [{ value: '', label: t('cases.unowned') }, ...agents.map((a) => ({ value: a.id, label: a.name }))];
  return <Select label={t('cases.field.ownerId')} value={value ?? ''} options={options} onChange={(id) => onChange(id || null)} testId="case-owner" className="owner" />;
}

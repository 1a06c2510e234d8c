import { NOT_BOUGHT_REASONS, type NotBoughtReason } from '@shared/domain/reports';
import { useTranslation } from '../../i18n';
import { Menu, MenuAction } from '../../ui';

/** 解决并标记: resolve a presale chat as 已下单, or 未下单 with the reason (the same as Ctrl+Alt+1…7). */
export function OutcomeMenu({ disabled, keys, onPick }: { disabled: boolean; keys: Readonly<Record<'ordered' | NotBoughtReason, string>>; onPick: (o: { ordered: boolean; reason: NotBoughtReason | null }) => void }) {
  const { t } = useTranslation();
  return (
    <Menu label={t('presale.outcome.open')} testId="outcome-menu" buttonClassName="btn btn--small" disabled={disabled} title={`${t('presale.outcome.hint')} (${keys.ordered}…)`}>
      <MenuAction onSelect={() => onPick({ ordered: true, reason: null })} hint={keys.ordered} testId="outcome-ordered">{t('presale.outcome.ordered')}</MenuAction>
      {NOT_BOUGHT_REASONS.map((reason) => (
        <MenuAction key={reason} onSelect={() => onPick({ ordered: false, reason })} hint={keys[reason]} testId={`outcome-${reason}`}>
          {t('presale.outcome.notBought', { reason: t(`presale.outcome.reason.${reason}`) })}
        </MenuAction>
      ))}
    </Menu>
  );
}

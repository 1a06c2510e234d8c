import { useEffect, useState } from 'react';
import type { FoundExport } from '@shared/schemas/watchHost';
import { invokeHost } from '../../host';
import { useTranslation } from '../../i18n';
import { useOrderImport } from './orderImportRun';

/** How often the console asks the host what the watched folder holds (the host looks every few seconds itself). */
const ASK_EVERY_MS = 2500;

/**
 * In the console head: "发现新导出：<file> · 导入?" for the newest export the watched folder
 * found (设置 → 导出文件夹). 导入 opens it in the 导入订单 panel with the same preview as a
 * picked file; × drops the notice. Nothing shows while no folder is watched.
 */
export function ExportNotice({ agentId, onOpenOrders }: { agentId: string; onOpenOrders: () => void }) {
  const { t } = useTranslation();
  const [found, setFound] = useState<FoundExport | null>(null);
  useEffect(() => {
    let stopped = false;
    const ask = (): void => {
      // A host that cannot answer now (serve-web restarting) is asked again next time: the notice is a convenience.
      invokeHost('watch:status', {}).then((s) => { if (!stopped) setFound(s.found.at(-1) ?? null); }, () => undefined);
    };
    ask();
    const timer = setInterval(ask, ASK_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  if (!found) return null;
  const open = (): void => {
    setFound(null);
    onOpenOrders();
    void useOrderImport.getState().importFound(found.id, agentId);
  };
  const dismiss = (): void => {
    setFound(null);
    void invokeHost('watch:dismiss', { id: found.id }).catch(() => undefined);
  };
  return (
    <span className="export-notice" role="status" data-testid="export-notice">
      <button type="button" className="btn btn--ghost export-notice__open" onClick={open} title={found.name} data-testid="export-notice-open">
        {t('orders.watch.found', { name: found.name })}
      </button>
      <button type="button" className="btn btn--ghost export-notice__dismiss" onClick={dismiss} aria-label={t('orders.watch.dismiss')} data-testid="export-notice-dismiss">×</button>
    </span>
  );
}

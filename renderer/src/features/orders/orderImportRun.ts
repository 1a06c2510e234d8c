import { create } from 'zustand';
import { listShops, openOrderImport, readSetting, writeSetting, type FileRead, type OrderImportSession, type OrderImportOutcome } from '../../data';
import { invokeHost, openFileBytes } from '../../host';

/** The shop the last import went into (a setting): the panel opens on it next time. */
export const LAST_IMPORT_SHOP = 'orderImport:lastShopId';

export interface LoadedFile {
  name: string;
  file: FileRead;
  preview: OrderImportOutcome;
}

/**
 * The 导入订单 panel's state, kept outside the panel: an import runs in its worker for seconds,
 * and the agent may switch tabs meanwhile (the panel unmounts with its screen); coming back,
 * the panel shows the import still moving, or its result. Only UI state lives here — the
 * file's orders stay in the import thread, the store's records in the store.
 */
interface OrderImportState {
  /** The shop picked in the panel; null until the agent picks one (the first shop is shown). */
  shopId: string | null;
  loaded: LoadedFile | null;
  done: OrderImportOutcome | null;
  /** What the finished import was: orders, or a refund export's cases. */
  doneKind: FileRead['kind'] | null;
  /** What went wrong (a ProblemError, usually), worded by the panel in the agent's language. */
  error: unknown;
  busy: boolean;
  /** The file being read and previewed. */
  reading: string | null;
  /** Set when something other than the panel's own button asks for it (a found export): the orders screen shows the panel. */
  opened: boolean;
  /** Orders written so far while an import runs. */
  progress: { done: number; total: number } | null;
  pick(shopId: string, agentId: string): Promise<void>;
  /**
   * A new export the watched folder found ("发现新导出：… 导入?"): read and previewed like a
   * picked file, into the shop the panel would show; the notice goes.
   */
  importFound(foundId: string, agentId: string): Promise<void>;
  changeShop(shopId: string, agentId: string): Promise<void>;
  confirm(shopId: string, agentId: string): Promise<void>;
  /** The panel closed: the import thread goes (after an import under way has finished). */
  close(): void;
}

const IDLE = { shopId: null, loaded: null, done: null, doneKind: null, opened: false, error: null, busy: false, reading: null, progress: null };

let session: Promise<OrderImportSession> | null = null;
let running: Promise<unknown> = Promise.resolve();
const job = (): Promise<OrderImportSession> => (session ??= openOrderImport());
const ctx = (agentId: string) => ({ agentId, now: Date.now() });

export const useOrderImport = create<OrderImportState>()((set, get) => {
  const run = async (what: () => Promise<void>): Promise<void> => {
    set({ busy: true, error: null });
    const step = what();
    running = step.catch(() => undefined);
    try {
      await step;
    } catch (e) {
      set({ error: e });
    } finally {
      set({ busy: false, reading: null, progress: null });
    }
  };
  const load = async (file: { name: string; base64: string }, shopId: string, agentId: string): Promise<void> => {
    set({ reading: file.name, done: null, loaded: null });
    const read = await (await job()).read(file.base64, shopId, ctx(agentId));
    set({ loaded: { name: file.name, ...read } });
  };
  return {
    ...IDLE,
    pick: (shopId, agentId) => run(async () => {
      const file = await openFileBytes(['csv', 'txt']);
      if (file) await load(file, shopId, agentId);
    }),
    importFound: (foundId, agentId) => run(async () => {
      set({ opened: true });
      const [file, shops, remembered] = await Promise.all([invokeHost('watch:read', { id: foundId }), listShops(), readSetting<string | null>(LAST_IMPORT_SHOP, null)]);
      await invokeHost('watch:dismiss', { id: foundId });
      const shopId = get().shopId ?? shops.find((x) => x.id === remembered)?.id ?? shops[0]?.id;
      if (file && shopId) await load(file, shopId, agentId);
    }),
    changeShop: async (shopId, agentId) => {
      set({ shopId });
      await writeSetting(LAST_IMPORT_SHOP, shopId, ctx(agentId));
      const { loaded } = get();
      if (loaded) await run(async () => set({ loaded: { ...loaded, preview: await (await job()).preview(shopId, ctx(agentId)) } }));
    },
    confirm: (shopId, agentId) => run(async () => {
      const { loaded } = get();
      if (!loaded) return;
      set({ progress: { done: 0, total: loaded.file.orders } });
      const done = await (await job()).import(shopId, ctx(agentId), (n, total) => set({ progress: { done: n, total } }));
      // The file's refused rows stay listed after the import, beside the store's (they can be saved as CSV).
      set({ done: { ...done, problems: [...loaded.file.problems, ...done.problems].sort((a, b) => a.row - b.row) }, doneKind: loaded.file.kind, loaded: null });
      await writeSetting(LAST_IMPORT_SHOP, shopId, ctx(agentId));
    }),
    close: () => {
      const open = session;
      session = null;
      set(IDLE);
      void running.finally(() => open?.then((s) => s.close()));
    },
  };
});

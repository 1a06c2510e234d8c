import { z } from 'zod';
import type { ProblemCode } from '../lib/problem';

/**
 * The watched export folder (设置 → 导出文件夹): the folder the platform's exports are downloaded
 * to, and the new export files found there, waiting for the agent's "导入?". Kept by the host
 * (a per-PC path), answered the same by Electron main and the browser host's serve-web.
 */
export const WatchFolder = z.string().trim().min(1).max(1000);

export const FoundExportId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a found-export id');

export const FoundExport = z.object({
  id: FoundExportId,
  name: z.string().min(1).max(300),
  sizeBytes: z.number().int().nonnegative(),
  /** When the file stopped growing (ms). */
  foundAt: z.number().int().nonnegative(),
}).strict();
export type FoundExport = z.infer<typeof FoundExport>;

/** Why the folder is not watched: it is not there, or not a folder, or cannot be read. */
const WATCH_PROBLEMS = ['watchFolderMissing', 'watchFolderNotDir', 'watchFolderUnreadable'] as const satisfies readonly ProblemCode[];
export const WatchProblem = z.enum(WATCH_PROBLEMS);
export type WatchProblem = z.infer<typeof WatchProblem>;

export const WatchStatus = z.object({
  folder: z.string().max(1000).nullable(),
  problem: WatchProblem.nullable(),
  /** New export files not yet imported or dismissed, oldest first. */
  found: z.array(FoundExport).max(50),
}).strict();
export type WatchStatus = z.infer<typeof WatchStatus>;

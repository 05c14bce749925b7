export { buildCategoryFiles, CATEGORY_OWNER } from './category-files.js';
export { buildNavFiles, NAV_FILE, type SiteNav, type SiteNavItem } from './nav-files.js';
export {
  commitWrite,
  hasInterruptedWrite,
  readWriteState,
  readWrittenTree,
  recoverInterruptedWrite,
  type ExtraFile,
  type WriteFileFunction,
  type WrittenTree,
} from './commit-write.js';
export { WRITE_FAILED_EXIT_CODE } from './write-failure.js';
export { hashContent, planWrite } from './plan-write.js';
export { isFileIntact } from './tree-stats.js';
export type { FileChange, FileStats, OutputFile, WritePlan, WriteState } from './types.js';
export { acquireExclusiveLock, type ExclusiveLock } from './exclusive-lock.js';

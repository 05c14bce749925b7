export { buildCategoryFiles, CATEGORY_OWNER } from './category-files.js';
export { commitWrite, readWriteState, recoverInterruptedWrite, type ExtraFile, type WriteFileFunction } from './commit-write.js';
export { WRITE_FAILED_EXIT_CODE } from './write-failure.js';
export { hashContent, planWrite } from './plan-write.js';
export type { FileChange, OutputFile, WritePlan, WriteState } from './types.js';
export { acquireExclusiveLock, type ExclusiveLock } from './exclusive-lock.js';

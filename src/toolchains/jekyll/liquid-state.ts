import type { JekyllPage, PageIndex } from './pages.js';
import type { JekyllSite } from './read-site.js';

/** What Jekyll's tags and filters need while one page renders, and where they report. */
export interface LiquidState {
  site: JekyllSite;
  pages: PageIndex;
  page: JekyllPage;
  /** A file of the snapshot, recorded as a dependency of the page (undefined when it does not exist). */
  read(path: string): Promise<string | undefined>;
  /** Whether the snapshot has a file. */
  exists(path: string): boolean;
  /** A construct that was not converted, reported where the top-level tag or output being rendered starts. */
  report(construct: string, message: string, code?: string): void;
}

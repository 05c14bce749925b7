import MDXComponents from '@theme-original/MDXComponents';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import ScrollableTable from '../../components/scrollable-table.js';

/**
 * The theme's components, the tabs the sync writes as directives (see src/site/markdown/remark-tabs.ts), and
 * tables that a keyboard can scroll.
 */
export default { ...MDXComponents, Tabs, TabItem, table: ScrollableTable };

import MDXComponents from '@theme-original/MDXComponents';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';

/** The theme's components, and the tabs the sync writes as directives (see src/site/markdown/remark-tabs.ts). */
export default { ...MDXComponents, Tabs, TabItem };

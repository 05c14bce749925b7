import { describeToolchainFixtures } from '../../helpers/toolchain-fixtures.js';

describeToolchainFixtures('mkdocs', { base: 'docs', doc: 'docs/page.md' });

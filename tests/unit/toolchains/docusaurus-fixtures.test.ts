import { docusaurus } from '../../../src/toolchains/docusaurus/index.js';
import { describeToolchainFixtures } from './toolchain-fixtures.js';

describeToolchainFixtures(docusaurus);

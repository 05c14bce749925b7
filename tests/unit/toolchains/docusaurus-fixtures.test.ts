import { describeToolchainFixtures } from '../../helpers/toolchain-fixtures.js';

describeToolchainFixtures('docusaurus');

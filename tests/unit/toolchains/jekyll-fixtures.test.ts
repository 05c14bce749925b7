import { jekyll } from '../../../src/toolchains/jekyll/index.js';
import { describeToolchainFixtures } from './toolchain-fixtures.js';

describeToolchainFixtures(jekyll);

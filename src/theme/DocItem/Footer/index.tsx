import type { ReactNode } from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import SourceNote, { readPageSource } from '../../../components/source-note.js';

type Props = WrapperProps<typeof FooterType>;

/** The standard doc footer (edit link, last update), followed by where the page was imported from. */
export default function FooterWrapper(props: Props): ReactNode {
  const { frontMatter } = useDoc();
  const source = readPageSource(frontMatter);
  return (
    <>
      <Footer {...props} />
      {source && <SourceNote source={source} />}
    </>
  );
}

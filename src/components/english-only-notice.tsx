import type { ReactNode } from 'react';
import Admonition from '@theme/Admonition';
import Translate, { translate } from '@docusaurus/Translate';

/**
 * Said above a page the site shows in another language's tree without a translation: the text below is the
 * English original (so switching language never leads to a missing page).
 */
export default function EnglishOnlyNotice(): ReactNode {
  return (
    <Admonition type="info" title={translate({ id: 'scs.englishOnly.title', message: 'Only in English' })}>
      <p>
        <Translate id="scs.englishOnly.text">This page is only available in English so far. The text below is the English original.</Translate>
      </p>
    </Admonition>
  );
}

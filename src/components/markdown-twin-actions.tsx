import { useState, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Translate, { translate } from '@docusaurus/Translate';
import { toTwinPath } from '../site/markdown-twins/twin-path.js';
import styles from './markdown-twin-actions.module.css';


/** The twin's text, fetched when the reader asks for it. */
async function fetchTwin(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Blob([await response.text()], { type: 'text/plain' });
}

/**
 * Puts the twin on the clipboard. The clipboard item gets the fetch as a promise, so browsers that allow a copy
 * only right after the click (Safari) accept it; browsers without ClipboardItem write the text once fetched.
 */
async function copyTwin(url: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined') {
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': fetchTwin(url) })]);
    return;
  }
  await navigator.clipboard.writeText(await (await fetchTwin(url)).text());
}

/**
 * "Copy page as Markdown" and "View as Markdown" for the doc at `permalink`, whose Markdown twin the build
 * writes at its URL plus `.md` (src/site/markdown-twins); the page's head names the twin as its Markdown
 * alternate. The link is a plain anchor: the twin is a file, not a route of the app.
 */
export default function MarkdownTwinActions({ permalink }: { permalink: string }): ReactNode {
  const twinUrl = toTwinPath(permalink);
  const [status, setStatus] = useState('');
  // what the status line says after a copy; read out by screen readers (role=status), not focused
  const copied = translate({ id: 'scs.markdownTwin.copied', message: 'Copied the page as Markdown.' });
  const notCopied = translate({ id: 'scs.markdownTwin.notCopied', message: 'Could not copy the page. Use "View as Markdown" instead.' });
  const copy = () => {
    setStatus('');
    copyTwin(twinUrl).then(
      () => setStatus(copied),
      () => setStatus(notCopied),
    );
  };
  return (
    <div className={styles.actions}>
      <Head>
        <link rel="alternate" type="text/markdown" href={twinUrl} />
      </Head>
      <button type="button" className="button button--secondary button--sm" onClick={copy}>
        <Translate id="scs.markdownTwin.copy">Copy page as Markdown</Translate>
      </button>
      <a className="button button--link button--sm" href={twinUrl} type="text/markdown">
        <Translate id="scs.markdownTwin.view">View as Markdown</Translate>
      </a>
      <span role="status" className={styles.status}>
        {status}
      </span>
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import { toTwinPath } from '../site/markdown-twins/twin-path.js';
import styles from './markdown-twin-actions.module.css';

/** What the status line says after a copy; read out by screen readers (role=status), not focused. */
const COPIED = 'Copied the page as Markdown.';
const NOT_COPIED = 'Could not copy the page. Use "View as Markdown" instead.';

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
  const copy = () => {
    setStatus('');
    copyTwin(twinUrl).then(
      () => setStatus(COPIED),
      () => setStatus(NOT_COPIED),
    );
  };
  return (
    <div className={styles.actions}>
      <Head>
        <link rel="alternate" type="text/markdown" href={twinUrl} />
      </Head>
      <button type="button" className="button button--secondary button--sm" onClick={copy}>
        Copy page as Markdown
      </button>
      <a className="button button--link button--sm" href={twinUrl} type="text/markdown">
        View as Markdown
      </a>
      <span role="status" className={styles.status}>
        {status}
      </span>
    </div>
  );
}

/** Reader-level checks on elements that playwright-core has no assertion for (no @playwright/test here). */
import type { Locator, Page } from 'playwright-core';

/** Whether the element's top edge lies inside the visible part of the page. */
export function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}

/** Waits for an image to finish loading and returns its natural width (0 when it failed to load). */
export async function loadImageWidth(image: Locator): Promise<number> {
  await image.scrollIntoViewIfNeeded();
  await image.evaluate((element) =>
    (element as HTMLImageElement).decode().catch(() => undefined),
  );
  return image.evaluate((element) => (element as HTMLImageElement).naturalWidth);
}

/** The path (with hash) of the page currently shown. */
export function readLocation(page: Page): { pathname: string; hash: string } {
  const url = new URL(page.url());
  return { pathname: url.pathname.replace(/\/$/, '') || '/', hash: url.hash };
}

/**
 * A table row as a reader reads it: each filled cell with its column header
 * (`Standard: scs-9001 | Title: … | Effective: v1`); cells holding only a dash count as empty.
 */
export function describeTableRow(row: Locator): Promise<string> {
  return row.evaluate((tr) => {
    const headers = Array.from(tr.closest('table')?.querySelectorAll('thead th') ?? []).map((th) => th.textContent?.trim() ?? '');
    return Array.from(tr.children)
      .map((cell, index) => ({ header: headers[index] ?? '', text: cell.textContent?.trim() ?? '' }))
      .filter((cell) => cell.text !== '' && !/^[-–—]$/.test(cell.text))
      .map((cell) => `${cell.header}: ${cell.text}`)
      .join(' | ');
  });
}

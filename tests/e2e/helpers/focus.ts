/** Reader-level checks of the keyboard focus: where it is and whether a sighted keyboard user can see it. */
import type { Page } from 'playwright-core';

export interface FocusedElement {
  /** `button "Copy code to clipboard"`: tag or role and the accessible-ish label, for failure messages. */
  description: string;
  /** The page body (or nothing) has the focus: the Tab order has run out. */
  isBody: boolean;
  /** Shown on screen (not zero-sized, transparent or hidden, itself or an ancestor). */
  isVisible: boolean;
  /** Has a focus indicator: an outline or a box shadow (not compared with the unfocused look). */
  hasIndicator: boolean;
}

/** Describes `document.activeElement` once the transitions focusing started on it have finished (a fade-in). */
export function readFocus(page: Page): Promise<FocusedElement> {
  return page.evaluate(async () => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { description: 'body', isBody: true, isVisible: false, hasIndicator: false };
    await Promise.all(element.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
    const style = getComputedStyle(element);
    const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      description: `${element.getAttribute('role') ?? element.tagName.toLowerCase()} "${label}"`,
      isBody: false,
      isVisible: element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      hasIndicator: outline || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until `matches` holds for the focused element or the Tab order runs out; returns what has the focus. */
export async function tabUntil(page: Page, matches: (focus: FocusedElement) => boolean, limit = 200): Promise<FocusedElement> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focus = await readFocus(page);
    if (matches(focus) || focus.isBody) return focus;
  }
  return readFocus(page);
}

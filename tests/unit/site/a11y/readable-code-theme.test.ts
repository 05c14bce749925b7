import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { withReadableTokens } from '../../../../src/site/readable-code-theme.js';

extend([a11yPlugin]);

/** highlighted: the overlay composed over the theme's background by hand (alpha × overlay + (1 − alpha) × background, per channel). */
const CASES = [
  { name: 'github (light)', theme: themes.github, overlay: 'rgba(11, 94, 215, 0.1)', highlighted: '#dfe9f7' },
  { name: 'dracula (dark)', theme: themes.dracula, overlay: 'rgba(127, 178, 255, 0.15)', highlighted: '#353e54' },
];

describe('withReadableTokens', () => {
  it.each(CASES)('makes every token of $name readable at WCAG AA on the code background and on highlighted lines', ({ theme, overlay, highlighted }) => {
    const readable = withReadableTokens(theme, [overlay]);
    const colors = [readable.plain.color, ...readable.styles.map((entry) => entry.style.color)].filter((c) => c !== undefined);
    const weak = colors.filter((color) => [theme.plain.backgroundColor!, highlighted].some((bg) => colord(color).contrast(bg) < 4.5));
    expect(weak).toEqual([]);
    // the original themes do have weak tokens: the test would notice a no-op
    const original = theme.styles.map((entry) => entry.style.color).filter((c) => c !== undefined);
    expect(original.some((color) => colord(color).contrast(theme.plain.backgroundColor!) < 4.5)).toBe(true);
  });

  it('keeps colours that are readable already, and the hue of those it changes', () => {
    const readable = withReadableTokens(themes.github);
    themes.github.styles.forEach((entry, index) => {
      const before = entry.style.color;
      const after = readable.styles[index]!.style.color;
      if (before === undefined) return expect(after).toBeUndefined();
      if (colord(before).contrast(themes.github.plain.backgroundColor!) >= 4.6) return expect(after).toBe(colord(before).toHex());
      const hueShift = Math.abs(colord(before).hue() - colord(after!).hue());
      expect(Math.min(hueShift, 360 - hueShift), `${before} → ${after}`).toBeLessThan(12);
    });
  });
});

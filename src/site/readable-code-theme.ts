import { colord, extend, type Colord } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import type { PrismTheme } from 'prism-react-renderer';

extend([a11yPlugin]);

/** WCAG AA asks 4.5:1 for text; a little more, so that axe's own rounding never lands below it. */
const TARGET_CONTRAST = 4.6;
const STEP = 0.02;

/**
 * The code theme with every token colour moved just far enough from the background (darker on a light
 * theme, lighter on a dark one) to be readable at WCAG AA, also on the `overlays` drawn over the code
 * background (the highlighted-line colour): the theme keeps its hues, only the weak shades change.
 */
export function withReadableTokens(theme: PrismTheme, overlays: readonly string[] = []): PrismTheme {
  const background = colord(theme.plain.backgroundColor ?? '#ffffff');
  const backgrounds = [background, ...overlays.map((overlay) => blend(colord(overlay), background))];
  const readable = (color: string | undefined) => (color === undefined ? undefined : raiseContrast(colord(color), backgrounds).toHex());
  return {
    plain: { ...theme.plain, color: readable(theme.plain.color) },
    styles: theme.styles.map((entry) => ({ ...entry, style: { ...entry.style, color: readable(entry.style.color) } })),
  };
}

function raiseContrast(color: Colord, backgrounds: readonly Colord[]): Colord {
  const darken = backgrounds[0]!.isLight();
  let adjusted = color;
  for (let step = 0; step < 1 / STEP && Math.min(...backgrounds.map((bg) => adjusted.contrast(bg))) < TARGET_CONTRAST; step++) {
    adjusted = darken ? adjusted.darken(STEP) : adjusted.lighten(STEP);
  }
  return adjusted;
}

/** A translucent colour painted over an opaque one, as the browser composes them. */
function blend(overlay: Colord, base: Colord): Colord {
  const top = overlay.toRgb();
  const bottom = base.toRgb();
  const mix = (over: number, under: number) => Math.round(over * top.a + under * (1 - top.a));
  return colord({ r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b) });
}

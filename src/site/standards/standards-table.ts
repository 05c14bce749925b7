import type { PhrasingContent } from 'mdast';
import { stateCells, stateColumns, stateLabel } from './describe-state.js';
import type { StandardPage, TrackPage } from './model-types.js';
import { fileLink, table, text, type Block } from './markdown-nodes.js';
import { ENGLISH_STANDARDS_TEXT, type StandardsText } from './standards-text.js';

export interface StandardsTableOptions {
  /** Add a Track column linking the track pages (the overview). */
  tracks?: readonly TrackPage[];
  /** The language of the page (English unless given). */
  text?: StandardsText;
}

/** One row per standard: its page, title (and track), and its versions sorted into state columns. */
export function standardsTable(fromPath: string, standards: readonly StandardPage[], options: StandardsTableOptions = {}): Block {
  const t = options.text ?? ENGLISH_STANDARDS_TEXT;
  const columns = stateColumns(standards.flatMap((standard) => standard.versions));
  const rows = standards.map((standard) => [
    [fileLink(fromPath, standard.path, standard.id)],
    [text(standard.title)],
    ...(options.tracks ? [trackCell(fromPath, standard, options.tracks)] : []),
    ...stateCells(fromPath, standard.versions, columns, t),
  ]);
  const header = [t.columns.standard, t.columns.title, ...(options.tracks ? [t.columns.track] : []), ...columns.map((column) => stateLabel(column, t))];
  return table(header, rows);
}

function trackCell(fromPath: string, standard: StandardPage, tracks: readonly TrackPage[]): PhrasingContent[] {
  const track = tracks.find((candidate) => candidate.id === standard.trackId);
  return track ? [fileLink(fromPath, track.path, track.name)] : [text(standard.trackId)];
}

/** The legend under every standards table. */
export function stateLegend(today: string, t: StandardsText = ENGLISH_STANDARDS_TEXT): PhrasingContent[] {
  return [text(t.legend(today))];
}

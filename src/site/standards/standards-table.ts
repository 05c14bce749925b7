import type { PhrasingContent } from 'mdast';
import { stateCells, stateColumns, stateLabel } from './describe-state.js';
import type { StandardPage, TrackPage } from './model-types.js';
import { fileLink, table, text, type Block } from './markdown-nodes.js';

export interface StandardsTableOptions {
  /** Add a Track column linking the track pages (the overview). */
  tracks?: readonly TrackPage[];
}

/** One row per standard: its page, title (and track), and its versions sorted into state columns. */
export function standardsTable(fromPath: string, standards: readonly StandardPage[], options: StandardsTableOptions = {}): Block {
  const columns = stateColumns(standards.flatMap((standard) => standard.versions));
  const rows = standards.map((standard) => [
    [fileLink(fromPath, standard.path, standard.id)],
    [text(standard.title)],
    ...(options.tracks ? [trackCell(fromPath, standard, options.tracks)] : []),
    ...stateCells(fromPath, standard.versions, columns),
  ]);
  const header = ['Standard', 'Title', ...(options.tracks ? ['Track'] : []), ...columns.map(stateLabel)];
  return table(header, rows);
}

function trackCell(fromPath: string, standard: StandardPage, tracks: readonly TrackPage[]): PhrasingContent[] {
  const track = tracks.find((candidate) => candidate.id === standard.trackId);
  return track ? [fileLink(fromPath, track.path, track.name)] : [text(standard.trackId)];
}

/** The legend under every standards table. */
export function stateLegend(today: string): PhrasingContent[] {
  return [
    text(
      `States as of ${today}. A version is a draft until the date it is stabilized, effective from then on, and deprecated ` +
        'from its deprecation date; a rejected document was not adopted. Each cell links the versions in that state.',
    ),
  ];
}

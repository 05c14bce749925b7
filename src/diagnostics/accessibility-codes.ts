/** The prefix of the codes of accessibility warnings (reported and counted, never failing a run). */
export const ACCESSIBILITY_CODE_PREFIX = 'a11y/';

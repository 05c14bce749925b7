/**
 * Whether a file modified at one of `mtimesMs` could be modified again without its time moving, so that a key made
 * of the times would miss the change (git's "racily clean" entries). That is so when the time lies within one clock
 * tick of `now`: about 10 ms where timestamps have sub-second precision, up to 2 s where they count whole seconds
 * (FAT, HFS+, ext3), which shows in every time being a whole second.
 */
export function hasRacyTimestamp(mtimesMs: readonly number[], now: number = Date.now()): boolean {
  if (mtimesMs.length === 0) return false;
  const coarse = mtimesMs.every((time) => time % 1000 === 0);
  const tickMs = coarse ? 2000 : 20;
  return mtimesMs.some((time) => time > now - tickMs);
}

/**
 * Repos fetched at the same time unless told otherwise. Fetching waits on the network (an unchanged repo costs one
 * `ls-remote`, i.e. a few HTTP round trips): with 50–100 ms per request, 12 at a time made a no-op sync of the 18 real
 * repos 2× faster than 4 and a cold one 1.3× faster, and still ahead of 8 (scripts/bench.ts scenario 6).
 */
export const DEFAULT_FETCH_CONCURRENCY = 12;

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readEntryRecord, writeEntryRecord } from './entry-record-file.js';
import type { TreeEntry } from './types.js';

/** A commit's files as the cache entry holds them: every entry with its size, and the blobs not fetched yet. */
export interface Listing {
  entries: TreeEntry[];
  missing: string[];
}

/** What listing a commit must know of its cache entry: where it is, and how many blob fetches went into it. */
export interface ListedEntry {
  dir: string;
  blobFetches(): number;
}

/**
 * A commit's tree never changes, and which of its blobs the entry holds changes only when blobs are fetched into
 * it (forgetListings), so the listing is kept per commit in the entry: a sync of unchanged sources lists each
 * of them from one small JSON file instead of starting git three times.
 */
export async function readListingCached(entry: ListedEntry, commit: string, list: () => Promise<Listing>): Promise<Listing> {
  const file = join(listingDir(entry.dir), `${commit}.json`);
  const kept = await readEntryRecord<Listing>(file);
  if (kept) return kept;
  const fetchesBefore = entry.blobFetches();
  const listing = await list();
  // blobs fetched while git listed them may be reported missing: such a listing is used once, never kept
  if (entry.blobFetches() === fetchesBefore) await writeEntryRecord(file, listing);
  return listing;
}

/** Drops the kept listings of a cache entry: blobs fetched into it make their missing blobs out of date. */
export async function forgetListings(entryDir: string): Promise<void> {
  await rm(listingDir(entryDir), { recursive: true, force: true });
}

function listingDir(entryDir: string): string {
  return join(entryDir, 'scs-listing');
}

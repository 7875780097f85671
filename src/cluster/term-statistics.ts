/** Document frequencies over the articles seen so far: the IDF that weighs an arriving article's terms. */
import { MIN_BACKGROUND_DOCUMENTS } from '../core/config.js';

export interface TermStatistics {
  /** Counts one more article holding these terms. */
  add(terms: Iterable<string>): void;
  /** Inverse document frequency of a term among the articles counted so far (never below 0). */
  idf(term: string): number;
  /** The counts as plain data, for the store (see `createTermStatistics(saved)`). */
  save(): SavedTermStatistics;
  /** The counts that changed since the last call (or since creation): what an update writes to the store. */
  changes(): SavedTermStatistics;
  /** Sets counts read back from the store (a restored clusterer reads only the terms it meets); no change to write. */
  restore(frequency: [string, number][]): void;
}

/** Document frequencies as plain data: the articles counted and each term's count. */
export interface SavedTermStatistics {
  documents: number;
  frequency: [string, number][];
}

/**
 * Incremental IDF. A small collection is read as if it sat among at least MIN_BACKGROUND_DOCUMENTS
 * articles that lack its terms: otherwise the words every article of a five-article story shares
 * ("Rutte", "NATO") would weigh nothing, and exactly those make it one story.
 * @example const stats = createTermStatistics(); stats.add(['nato']); stats.idf('nato') // 3.5
 */
export function createTermStatistics(saved?: SavedTermStatistics): TermStatistics {
  const frequency = new Map<string, number>(saved?.frequency);
  let documents = saved?.documents ?? 0;
  const changed = new Set<string>();
  return {
    add(terms) {
      documents++;
      for (const term of terms) {
        frequency.set(term, (frequency.get(term) ?? 0) + 1);
        changed.add(term);
      }
    },
    idf(term) {
      const total = Math.max(documents, MIN_BACKGROUND_DOCUMENTS);
      return Math.max(0, Math.log((total + 1) / ((frequency.get(term) ?? 0) + 0.5)));
    },
    save() {
      return { documents, frequency: [...frequency] };
    },
    changes() {
      const counts = [...changed].map((term): [string, number] => [term, frequency.get(term)!]);
      changed.clear();
      return { documents, frequency: counts };
    },
    restore(counts) {
      for (const [term, count] of counts) frequency.set(term, count);
    },
  };
}

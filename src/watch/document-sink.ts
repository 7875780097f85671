/**
 * Where `watch` hands new documents: the seam between polling and processing. The in-process sink runs the main
 * job's operations on them (store and extract/analyse each, update the stories, brief the stories that changed);
 * a queue-backed sink (PostgreSQL workers) can take its place without `watch` changing.
 */
import type { Brief, Document } from '../core/model.js';

/** A story that a batch of documents created or changed, with its fresh brief. */
export interface ChangedStory {
  id: string;
  status: 'new' | 'grown' | 'merged';
  brief: Brief;
}

export interface SinkResult {
  /** Documents that were new to the store. */
  added: number;
  /** Documents that could not be extracted or analysed (stored, reported, not retried). */
  failed: { input: string; message: string }[];
  /** Stories created or changed by this batch; empty for a sink that defers the work (a queue). */
  stories: ChangedStory[];
}

export interface DocumentSink {
  /**
   * Takes documents a source had not handled before. When it resolves, the documents are durably stored (the
   * caller then marks them seen); a crash before that means they are handed over again after a restart.
   */
  accept(docs: Document[]): Promise<SinkResult>;
}

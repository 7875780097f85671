/**
 * triangulate as a library: the same operations as the command line, as typed functions over the core types.
 *
 * @example
 * import { brief, render } from 'triangulate';
 * const { briefs } = await brief(['examples/'], { db: ':memory:' });
 * console.log(render(briefs, 'md'));
 */
export { type BriefOptions, type BriefResult, brief, briefStory } from './api/brief.js';
export {
  type IngestDocumentsOptions,
  type IngestedArticle,
  type IngestResult,
  ingestDocument,
  ingestDocuments,
} from './api/ingest-documents.js';
export { listStories } from './api/list-stories.js';
export { type RefreshBriefsOptions, refreshBriefs } from './api/refresh-briefs.js';
export { type StoryChange, type StoryUpdate, type UpdateStoriesOptions, updateStories } from './api/update-stories.js';
export {
  type AnalyzeLine,
  analyzeInputs,
  type ExtractLine,
  extractInputs,
  type ProcessOptions,
} from './api/process-inputs.js';
export { analyze, mergeEntities } from './analyze/analyze.js';
export { cluster } from './cluster/cluster.js';
export { compare } from './compare/compare.js';
export { compose } from './compose/compose.js';
export * from './core/model.js';
export { type Outcome, type Rejection, type RejectionCode, TriangulateError, UsageError } from './core/outcome.js';
export { extract } from './extract/extract.js';
export { type IngestOptions, ingest } from './ingest/ingest.js';
export { type RenderFormat, render } from './render/render.js';
export { createSqliteStore } from './store/sqlite.js';
export { DEFAULT_DB_PATH, openStore } from './store/open-store.js';
export type {
  ClusterState,
  DocumentOutcome,
  SearchHit,
  Store,
  StoreCounts,
  StoredArticle,
  StoredBrief,
  StoredStory,
  StoryWrite,
} from './store/store.js';

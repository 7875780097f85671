/** What the web reader and the HTTP API show, behind one interface so the server never reaches into the store. */
import type { Analysis, Article, Brief } from '../core/model.js';

/** One line of the story list. */
export interface StoryListing {
  id: string;
  title: string;
  /** Articles in the story. */
  sources: number;
  outlets: string[];
  /** The latest publication date among its articles (ISO), when any is known. */
  latest?: string;
  /** Disputes in its brief; undefined while the brief has not been made. */
  disputes?: number;
}

export type StorySort = 'newest' | 'sources' | 'disputed';

export interface ArticleView {
  article: Article;
  analysis: Analysis;
  /** The stories the article belongs to. */
  storyIds: string[];
}

export interface StatementHit {
  storyId: string;
  speaker: string;
  text: string;
  span: { articleId: string; start: number; end: number };
}

export interface SearchResults {
  articles: { articleId: string; title: string; snippet: string }[];
  statements: StatementHit[];
}

/** What adding sources did: documents read and stored, failures one line each, the stories they landed in. */
export interface IngestReport {
  read: number;
  added: number;
  failures: { input: string; message: string }[];
  storyIds: string[];
}

export interface Reader {
  listStories(sort?: StorySort, filter?: string): Promise<StoryListing[]>;
  brief(storyId: string): Promise<Brief | undefined>;
  /** The id a story goes by now, when `storyId` is an old id of it (it merged into another); else undefined. */
  currentId(storyId: string): Promise<string | undefined>;
  article(articleId: string): Promise<ArticleView | undefined>;
  search(query: string, limit?: number): Promise<SearchResults>;
  /** Ingests URLs and files (paths on this machine the server wrote) into the store and re-briefs their stories. */
  ingest(inputs: string[]): Promise<IngestReport>;
  /**
   * Makes the briefs not yet made, newest stories first, one at a time between requests (so the list shows every
   * story's own headline and dispute count, and statement search covers every story); resolves when done or stopped.
   */
  warm(signal?: AbortSignal): Promise<number>;
  /** Changes whenever the store's stories change. */
  version(): number;
  /** Changes whenever anything a list shows changes: the stories, or another brief made (its headline, disputes). */
  revision(): string;
  close(): Promise<void>;
}

/** The reader's URLs, built in one place so pages and tests agree on them. */
import { anchorId } from '../../render/citations.js';
import type { Span } from '../../core/model.js';

export const storyPath = (storyId: string) => `/stories/${encodeURIComponent(storyId)}`;

export const articlePath = (articleId: string, storyId?: string) =>
  `/articles/${encodeURIComponent(articleId)}${storyId === undefined ? '' : `?story=${encodeURIComponent(storyId)}`}`;

export const outletPath = (outlet: string) => `/outlets/${encodeURIComponent(outlet)}`;

/** A cited passage: the article page of the story, scrolled to and highlighting the passage. */
export const passagePath = (span: Span, storyId: string) => `${articlePath(span.articleId, storyId)}#${anchorId(span)}`;

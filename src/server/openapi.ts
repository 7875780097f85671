/** The OpenAPI 3.1 description of the JSON API, served at /openapi.json; its schemas reuse schema/*.schema.json. */
import { readFileSync } from 'node:fs';

const SCHEMA_ROOT = 'https://triangulate.dev/schema/';

/** The published JSON Schemas (INTERFACE.md), read once from the package's schema/ folder. */
let published: Record<string, object> | undefined;
function publishedSchemas(): Record<string, object> {
  published ??= Object.fromEntries(
    ['brief', 'article', 'analysis'].map((name) => [
      `${name[0]!.toUpperCase()}${name.slice(1)}Schema`,
      JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8')) as object,
    ]),
  );
  return published;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const problem = (description: string) => json(ref('Problem'), description);

const SCHEMAS = {
  Problem: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  StoryListing: {
    type: 'object',
    required: ['id', 'title', 'sources', 'outlets'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      sources: { type: 'integer', minimum: 0 },
      outlets: { type: 'array', items: { type: 'string' } },
      latest: { type: 'string', description: 'The latest publication date among its articles.' },
      disputes: { type: 'integer', minimum: 0, description: 'Absent until the story has been briefed.' },
    },
  },
  StoryList: {
    type: 'object',
    required: ['total', 'offset', 'stories'],
    properties: {
      total: { type: 'integer', minimum: 0, description: 'Stories matching, in all pages.' },
      offset: { type: 'integer', minimum: 0 },
      stories: { type: 'array', items: ref('StoryListing') },
    },
  },
  StatementList: {
    type: 'object',
    required: ['storyId', 'statements'],
    properties: {
      storyId: { type: 'string' },
      statements: { type: 'array', items: { $ref: `${SCHEMA_ROOT}brief.schema.json#/$defs/Statement` } },
    },
  },
  ArticleView: {
    type: 'object',
    required: ['article', 'analysis', 'storyIds'],
    properties: {
      article: { $ref: `${SCHEMA_ROOT}analysis.schema.json#/$defs/Article` },
      analysis: { $ref: `${SCHEMA_ROOT}analysis.schema.json#/$defs/Analysis` },
      storyIds: { type: 'array', items: { type: 'string' } },
    },
  },
  SearchResults: {
    type: 'object',
    required: ['articles', 'statements'],
    properties: {
      articles: {
        type: 'array',
        items: {
          type: 'object',
          required: ['articleId', 'title', 'snippet'],
          properties: {
            articleId: { type: 'string' },
            title: { type: 'string' },
            snippet: { type: 'string', description: 'Plain text; the matched words are in [square brackets].' },
          },
        },
      },
      statements: {
        type: 'array',
        items: {
          type: 'object',
          required: ['storyId', 'speaker', 'text', 'span'],
          properties: {
            storyId: { type: 'string' },
            speaker: { type: 'string' },
            text: { type: 'string' },
            span: { $ref: `${SCHEMA_ROOT}article.schema.json#/$defs/Span` },
          },
        },
      },
    },
  },
  IngestRequest: {
    type: 'object',
    properties: {
      urls: { type: 'array', items: { type: 'string', format: 'uri' }, maxItems: 20 },
      documents: {
        type: 'array',
        maxItems: 1000,
        items: { type: 'object', description: 'A document object (INTERFACE.md): text or html required.' },
      },
    },
  },
  IngestReport: {
    type: 'object',
    required: ['read', 'added', 'failures', 'storyIds'],
    properties: {
      read: { type: 'integer', minimum: 0 },
      added: { type: 'integer', minimum: 0 },
      failures: {
        type: 'array',
        items: {
          type: 'object',
          required: ['input', 'message'],
          properties: { input: { type: 'string' }, message: { type: 'string' } },
        },
      },
      storyIds: { type: 'array', items: { type: 'string' } },
    },
  },
};

/**
 * The document. The published schemas are embedded under their own $id, so `$ref`s to them resolve offline.
 * @example openApiDocument().paths['/api/stories']
 */
export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'triangulate',
      version: '1',
      description:
        'Stories, briefs, articles with their cited spans, statements and search over the store this server reads. Spans are UTF-16 offsets into the article text the same response (or /api/articles/{id}) carries.',
    },
    paths: {
      '/api/stories': {
        get: {
          summary: 'The stories in the store',
          parameters: [
            { name: 'sort', in: 'query', schema: { enum: ['newest', 'sources', 'disputed'] } },
            { name: 'q', in: 'query', description: 'Words every listed title holds', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
          responses: { 200: json(ref('StoryList'), 'The stories') },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: "A story's brief, as `triangulate brief --format json` writes one story",
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: json({ $ref: `${SCHEMA_ROOT}brief.schema.json#/$defs/Brief` }, 'The brief'),
            301: { description: 'An old id of a story that merged into another; Location names it' },
            404: problem('No such story'),
          },
        },
      },
      '/api/stories/{id}/statements': {
        get: {
          summary: "Who said what in a story: one entry per thing said, with every outlet's rendering and its span",
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: json(ref('StatementList'), 'The statements'),
            404: problem('No such story'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'An article with its analysis (quotes, entities, claims as spans) and the stories it is in',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json(ref('ArticleView'), 'The article'), 404: problem('No such article') },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over articles, and over the statements of the briefs made so far',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } }],
          responses: { 200: json(ref('SearchResults'), 'What was found'), 400: problem('No query') },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Add sources (URLs are fetched with the SSRF guard; documents as INTERFACE.md describes)',
          description:
            'On a server listening beyond loopback this needs `Authorization: Bearer <TRIANGULATE_TOKEN>`. Rate-limited per client.',
          requestBody: { required: true, content: { 'application/json': { schema: ref('IngestRequest') } } },
          responses: {
            200: json(ref('IngestReport'), 'What was added'),
            400: problem('A malformed request'),
            403: problem('Writes need a token on this server'),
            413: problem('The body is too large'),
            415: problem('Not a JSON body'),
            429: problem('Too many writes'),
          },
        },
      },
      '/feed.json': {
        get: {
          summary: 'The newest stories as a JSON Feed 1.1',
          responses: { 200: { description: 'A JSON Feed', content: { 'application/feed+json': {} } } },
        },
      },
      '/feed.atom': {
        get: {
          summary: 'The newest stories as an Atom 1.0 feed',
          responses: { 200: { description: 'An Atom feed', content: { 'application/atom+xml': {} } } },
        },
      },
    },
    components: { schemas: { ...SCHEMAS, ...publishedSchemas() } },
  };
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { StoryFeedEntry } from '../core/model.js';
import { toStoryAtom, toStoryJsonFeed } from './to-story-feeds.js';

const entry = (text: string, url = 'https://example.org/a'): StoryFeedEntry => ({
  id: 's_1',
  status: 'new',
  title: text,
  updated: '2024-12-04T09:00:00.000Z',
  url,
  quickLook: [text],
  synthesis: [text, text],
  outlets: [text],
});

/** What is left of a rendering after taking out the markup the renderer itself writes. */
const ATOM_TAGS =
  /<\?xml[^>]*\?>|<\/?(?:feed|id|title|updated|generator|entry|published|author|name|summary)(?: xmlns="[^"]*")?>|<link rel="alternate" href="[^"<]*"\/>|<category term="[^"<]*"(?: label="outlet")?\/>|<content type="html">|<\/content>/g;

describe('story feeds (Atom, JSON Feed)', () => {
  it('never lets source text become markup, in any field', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const atom = toStoryAtom([entry(text)]);
        assert.ok(!atom.replace(ATOM_TAGS, '').includes('<'), atom);
        const json = JSON.parse(toStoryJsonFeed([entry(text)])) as { items: { title: string; content_html: string }[] };
        assert.equal(json.items[0]!.title, text);
        assert.ok(!json.items[0]!.content_html.replace(/<\/?(?:ul|li|p)>/g, '').includes('<'));
      }),
    );
  });

  it('keeps links to http(s) pages only', () => {
    const atom = toStoryAtom([entry('x', 'javascript:alert(1)')]);
    assert.ok(!atom.includes('javascript:'));
    const json = JSON.parse(toStoryJsonFeed([entry('x', 'javascript:alert(1)')])) as {
      items: Record<string, unknown>[];
    };
    assert.equal(json.items[0]!.external_url, undefined);
  });
});

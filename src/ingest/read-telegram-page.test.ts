import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { channelFiles, postUrls, previewPage, readChannel } from '../../test/helpers/telegram-preview.js';
import { isTelegramPage, readTelegramPage, telegramChannel } from './read-telegram-page.js';

describe('readTelegramPage (preview pages built from the real posts of ../shared)', () => {
  it('reads every post of every channel: its text, date, link, and its links as cites', () => {
    let posts = 0;
    for (const file of channelFiles()) {
      const all = readChannel(file);
      const html = previewPage('chan', all, undefined, all.length);
      assert.ok(isTelegramPage(html));
      const page = readTelegramPage('https://t.me/s/chan', html);
      assert.equal(page.posts.length, all.length);
      for (const [i, post] of page.posts.entries()) {
        const source = all[i]!;
        assert.equal(post.key, `chan/${source.message_id}`);
        assert.ok(post.outcome.ok, `${file}#${source.message_id}`);
        const doc = post.outcome.value;
        assert.equal(doc.content, source.text.replace(/[ \t]+\n/g, '\n').trim());
        assert.equal(doc.publishedAt, new Date(source.date).toISOString());
        assert.equal(doc.outlet, source.channel);
        assert.equal(doc.url, `https://t.me/chan/${source.message_id}`);
        assert.deepEqual(doc.cites ?? [], postUrls(source.text));
        posts++;
      }
    }
    assert.ok(posts >= 2000, `only ${posts} posts read`);
  });

  it('says where the next older page starts, and pages through a whole channel', () => {
    const all = readChannel(channelFiles()[0]!);
    const seen: number[] = [];
    let before: number | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const page = readTelegramPage('https://t.me/s/chan', previewPage('chan', all, before));
      seen.unshift(...page.posts.map((post) => post.number));
      if (page.posts.length === 0 || page.before === undefined) break;
      before = page.before;
    }
    assert.deepEqual(
      seen,
      all.map((post) => post.message_id),
    );
  });

  it('knows channel sources and refuses other URLs', () => {
    assert.equal(telegramChannel('tg:bbcrussian'), 'bbcrussian');
    assert.equal(telegramChannel('https://t.me/s/ria_novosti'), 'ria_novosti');
    assert.equal(telegramChannel('https://t.me/ria_novosti'), undefined);
    assert.equal(telegramChannel('https://example.org/s/ria_novosti'), undefined);
  });

  it('never throws on arbitrary markup and never emits a post without a number', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const page = readTelegramPage(
          'https://t.me/s/x',
          `<div class="tgme_widget_message" data-post="${a}">${b}</div>`,
        );
        for (const post of page.posts) assert.ok(Number.isSafeInteger(post.number));
      }),
    );
  });
});

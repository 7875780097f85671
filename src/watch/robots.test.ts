import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAllowed, robotsRules } from './robots.js';

describe('robots.txt rules (RFC 9309)', () => {
  const text = [
    'User-agent: *',
    'Disallow: /private/',
    '',
    'User-agent: OtherBot',
    'User-agent: triangulate',
    'Disallow: /feeds/',
    'Allow: /feeds/public',
    'Disallow: /*.pdf$',
  ].join('\n');

  it('uses our own group when one names us, else the * group', () => {
    const ours = robotsRules(text);
    assert.equal(isAllowed(ours, '/private/x'), true); // our group replaces *
    assert.equal(isAllowed(ours, '/feeds/all.rss'), false);
    assert.equal(isAllowed(ours, '/feeds/public.rss'), true); // the longer Allow wins
    assert.equal(isAllowed(ours, '/a/b.pdf'), false);
    assert.equal(isAllowed(ours, '/a/b.pdf?x=1'), true); // $ anchors the end
    const others = robotsRules(text, 'somebot');
    assert.equal(isAllowed(others, '/private/x'), false);
    assert.equal(isAllowed(others, '/feeds/all.rss'), true);
  });

  it('allows everything for an empty file, an empty Disallow, or no matching group', () => {
    assert.equal(isAllowed(robotsRules(''), '/x'), true);
    assert.equal(isAllowed(robotsRules('User-agent: *\nDisallow:'), '/x'), true);
    assert.equal(isAllowed(robotsRules('User-agent: googlebot\nDisallow: /'), '/x'), true);
    assert.equal(isAllowed(robotsRules('User-agent: *\nDisallow: /'), '/x'), false);
    assert.equal(isAllowed(robotsRules('User-agent: *\nDisallow: /'), '/robots.txt'), true);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (robots, path) => {
        isAllowed(robotsRules(robots), `/${path}`);
      }),
    );
  });
});

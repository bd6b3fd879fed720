import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderTweet } from '../../../src/core/export/tweet';
import { TWEET_LIMIT, tweetLength } from '../../../src/core/export/tweet-length';
import { exampleModel, ROOT, textModel } from './export-fixtures';

const examples = () =>
  readdirSync(resolve(ROOT, 'examples'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'broken')
    .flatMap((folder) =>
      readdirSync(resolve(ROOT, 'examples', folder.name))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => `${folder.name}/${name}`),
    );

describe('export/tweet', () => {
  it('counts as Twitter does: a link as 23 whatever its length, CJK and emoji as 2, Latin and dashes as 1', () => {
    assert.equal(tweetLength('abc'), 3);
    assert.equal(tweetLength(`See https://example.com/${'x'.repeat(100)} now`), 4 + 23 + 4);
    assert.equal(tweetLength('status.example.com'), 23);
    assert.equal(tweetLength('東京'), 4);
    assert.equal(tweetLength('8am–9am · ×'), 11);
    assert.equal(tweetLength('🔧'), 2);
  });

  it("writes seed 000 as one tweet with the post's conversions", () => {
    const tweet = renderTweet(
      exampleModel('gitter-2015/scheduled-maintenance-19-july.announcement.yaml'),
    );
    assert.equal(
      tweet,
      'Scheduled maintenance 19 July: Sun 19 Jul 8am–9am BST (7am–8am UTC). Web, desktop, mobile, irc and api will be unavailable. Tokyo: 4pm · Moscow: 10am · CEST: 9am · Eastern: 3am · Central: 2am · Pacific: Midnight.\n',
    );
  });

  it('stays within 280 for every example', () => {
    for (const path of examples())
      assert.ok(tweetLength(renderTweet(exampleModel(path)).trimEnd()) <= TWEET_LIMIT, path);
  });

  it('drops zones, then the impact, then shortens the title to fit, keeping the link', () => {
    const audience = Array.from(
      { length: 30 },
      (_, i) => `  - { zone: Asia/Tokyo, label: Office number ${i} }`,
    ).join('\n');
    const head =
      'kind: announcement\nstart: 2026-07-19 08:00\nzone: Europe/London\nlength: 1h\nimpact: outage\naffected: [web]\nchannels: { status_page: "https://status.example.com/incidents/a-very-long-path-that-twitter-shortens" }\n';
    const many = renderTweet(
      textModel(`${head}title: Database upgrade\naudience:\n${audience}\n`),
    ).trimEnd();
    assert.ok(tweetLength(many) <= TWEET_LIMIT, many);
    assert.match(
      many,
      /^Database upgrade: Sun 19 Jul 08:00–09:00 BST \(07:00–08:00 UTC\)\. Web will be unavailable\. Office number 0: 16:00 · .* https:\/\/status\.example\.com\/\S+$/,
    );
    assert.ok(!many.includes('Office number 29'));
    const long = renderTweet(
      textModel(`${head}title: ${'Upgrade of everything '.repeat(40)}\n`),
    ).trimEnd();
    assert.ok(
      tweetLength(long) <= TWEET_LIMIT && tweetLength(long) >= TWEET_LIMIT - 2,
      `${tweetLength(long)}: ${long}`,
    );
    assert.match(
      long,
      /^Upgrade of everything .*…: Sun 19 Jul 08:00–09:00 BST \(07:00–08:00 UTC\)\. https:\/\/status/,
    );
  });
});

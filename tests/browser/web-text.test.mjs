// Text extraction, the offset map, article finding, and language/date from the page.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadCorpus } from '../eval/corpus.mjs';
import { ROOT, forEachEngine, rangeMismatches, readFixture, useSite } from './web-support.mjs';

forEachEngine((engine) => {
  const site = useSite(engine);


  for (const [name, id] of [['structure', 'a'], ['news-de', 'story']]) {
    test(`extracted text of ${name} (blocks, inline elements, <br>, whitespace, skipped and hidden parts, MathML)`, async () => {
      const page = await site.open(name);
      const out = await page.evaluate(() => {
        const root = L.findArticle(document);
        return { id: root.id, text: L.extractText(root).text };
      });
      assert.equal(out.id, id);
      assert.equal(out.text, readFixture(name, 'expected.txt'));
      await site.done(page);
    });
  }

  test('article finding: Reader View\'s choice mapped to the live page, [itemprop=articleBody], no menu or footer', async () => {
    const found = {};
    const texts = {};
    for (const name of ['news-de', 'news-en', 'densest', 'itemprop', 'structure']) {
      const page = await site.open(name);
      const out = await page.evaluate(() => {
        const { root, exclude } = L.readArticle(document);
        return { id: root.id || root.className, same: L.findArticle(document) === root, text: L.extractText(root, { exclude }).text };
      });
      assert.ok(out.same);
      found[name] = out.id;
      texts[name] = out.text;
      await page.close();
    }
    assert.deepEqual({ ...found, densest: undefined }, { 'news-de': 'story', 'news-en': 'text', densest: undefined, itemprop: 'body', structure: 'a' });
    assert.match(texts.densest, /^(.*\n\n)?Kassel – Der Stadtrat/s);
    assert.match(texts.densest, /bis Ende 2029 dauern, teilte die Stadt mit\.$/);
    assert.doesNotMatch(texts.densest, /Startseite|Impressum/);
    assert.doesNotMatch(texts.itemprop, /Teaser/);
  });

  test('language and reference date from the page: meta, JSON-LD, <time>, lang attributes; options override', async () => {
    const ctx = {};
    for (const name of ['news-de', 'news-en', 'itemprop', 'structure']) {
      const page = await site.open(name);
      ctx[name] = await page.evaluate(() => L.readPageContext(L.findArticle(document)));
      await page.close();
    }
    assert.deepEqual(ctx['news-de'], { lang: 'de', declared: 'de', referenceDate: '2025-11-10', source: { lang: 'html[lang]', referenceDate: 'meta article:published_time' } });
    assert.deepEqual(ctx['news-en'], { lang: 'en', declared: 'en', referenceDate: '2025-06-18', source: { lang: '[lang]', referenceDate: 'json-ld' } });
    assert.equal(ctx.itemprop.referenceDate, '2026-03-12');
    assert.equal(ctx.itemprop.source.referenceDate, 'itemprop datePublished');
    assert.equal(ctx.structure.referenceDate, null);
    // The same moment in UTC (JSON-LD) and with the publisher's offset (meta): the publisher's
    // day. Different moments: JSON-LD stays first.
    const zones = await site.open('structure');
    const [local, apart] = await zones.evaluate(() => ['2017-02-23T17:18:13-08:00', '2017-02-20T10:00:00-08:00'].map((meta) => {
      const d = new DOMParser().parseFromString(`<html lang="en"><head><meta property="article:published_time" content="${meta}">
        <script type="application/ld+json">{"@type": "NewsArticle", "dateCreated": "2017-02-24T01:18:13Z"}</script></head>
        <body><article><p>Text.</p></article></body></html>`, 'text/html');
      return L.readPageContext(d.querySelector('article'), d);
    }));
    await zones.close();
    assert.equal(local.referenceDate, '2017-02-23');
    assert.equal(local.source.referenceDate, 'meta article:published_time');
    assert.equal(apart.referenceDate, '2017-02-24');
    assert.equal(apart.source.referenceDate, 'json-ld');

    const page = await site.open('news-de');
    const results = await page.evaluate(async () => {
      const a = await L.createAnnotator();
      const root = document.getElementById('story');
      const fromPage = await a.annotate();  // no root, no options: the article, its lang and date
      const sunday = fromPage.annotations.find((x) => x.type === 'date' && x.text === 'Sonntag');
      const overridden = await a.annotate(root, { lang: 'de', referenceDate: '2025-11-20' });
      const sunday2 = overridden.annotations.find((x) => x.type === 'date' && x.text === 'Sonntag');
      return { lang: fromPage.lang, ref: fromPage.reference_date, sunday: sunday?.value, ref2: overridden.reference_date, sunday2: sunday2?.value, today: L.today() };
    });
    assert.equal(results.lang, 'de');
    assert.equal(results.ref, '2025-11-10');
    assert.equal(results.sunday, '2025-11-09');
    assert.equal(results.ref2, '2025-11-20');
    assert.equal(results.sunday2, '2025-11-16');
    const page2 = await site.open('structure');
    const r = await page2.evaluate(async () => {
      const a = await L.createAnnotator();
      return { ref: (await a.annotate(document.getElementById('a'))).reference_date, today: L.today() };
    });
    assert.equal(r.ref, r.today, 'no date in the page: today');
    await page.close();
    await page2.close();
  });

  test('offset map precision on fixtures: every range reads exactly its annotation (highlight and wrap)', async () => {
    for (const [name, sel] of [['news-de', '#story'], ['news-en', '.text'], ['densest', '#content']]) {
      for (const mode of ['highlight', 'wrap']) {
        const page = await site.open(name);
        await page.evaluate(async ({ sel, mode }) => {
          window.annotator = await L.createAnnotator({ mode });
          await window.annotator.annotate(document.querySelector(sel));
        }, { sel, mode });
        const { bad, count } = await rangeMismatches(page, sel);
        assert.ok(count >= 5, `${name}: ${count} annotations`);
        assert.deepEqual(bad, [], `${name} ${mode}`);
        await site.done(page);
      }
    }
  });

  test('offset map precision over the corpus rendered with random inline markup', async () => {
    const corpus = loadCorpus(path.join(ROOT, 'tests', 'corpus'));
    const page = await site.open('structure');
    const out = await page.evaluate(async (articles) => {
      let seed = 7;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const TAGS = ['b', 'i', 'a', 'span', 'em', 'strong', 'q-x'];
      const fill = (parent, text) => {
        // Random runs in random (sometimes nested) inline elements, comments in between.
        let i = 0;
        while (i < text.length) {
          const n = 1 + Math.floor(rnd() * 12);
          const piece = text.slice(i, i + n);
          i += n;
          const r = rnd();
          if (r < 0.4) parent.appendChild(document.createTextNode(piece));
          else if (r < 0.9) {
            const el = document.createElement(TAGS[Math.floor(rnd() * (TAGS.length - 1))]);
            if (rnd() < 0.3) {
              const inner = document.createElement('span');
              inner.textContent = piece;
              el.appendChild(inner);
            } else el.textContent = piece;
            parent.appendChild(el);
          } else {
            parent.appendChild(document.createComment('c'));
            parent.appendChild(document.createTextNode(piece));
          }
        }
      };
      const annotator = await L.createAnnotator();
      const failures = [];
      let total = 0;
      for (const art of articles) {
        const root = document.createElement('article');
        art.text.split('\n\n').forEach((para, k) => {
          root.appendChild(document.createTextNode('\n  '));
          const block = document.createElement(k === 0 ? 'h1' : (rnd() < 0.2 ? 'div' : 'p'));
          fill(block, para);
          root.appendChild(block);
        });
        document.body.appendChild(root);
        const extracted = L.extractText(root).text;
        if (extracted !== art.text) failures.push({ id: art.id, what: 'text differs' });
        const opts = { lang: art.lang, referenceDate: art.reference_date };
        const inPage = await annotator.annotate(root, opts);
        const plain = await annotator.annotateText(art.text, opts);
        if (JSON.stringify(inPage) !== JSON.stringify(plain)) failures.push({ id: art.id, what: 'page result differs from annotateText' });
        for (const a of inPage.annotations) {
          total += 1;
          const r = annotator.rangeOf(a, undefined, root);
          if (r?.toString() !== a.text) failures.push({ id: art.id, a, got: r?.toString() });
        }
        annotator.clear(root);
        root.remove();
      }
      return { failures, total };
    }, corpus.map((a) => ({ id: a.id, lang: a.lang, reference_date: a.reference_date, text: a.text })));
    assert.ok(out.total > 1000, `${out.total} annotations checked`);
    assert.deepEqual(out.failures, []);
    await page.close();
  });
});

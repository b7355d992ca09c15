// Marking: highlights (one per kind, priorities), <mark> wrapping, exact restoration, the
// page's own handlers, hostile-looking text, iframes and shadow DOM, concurrent calls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachEngine, useSite } from './web-support.mjs';
import { decodePng } from './png.mjs';

forEachEngine((engine) => {
  const site = useSite(engine);


  test('highlight mode: one highlight per kind, prefixed, people above quotes, no DOM change; clear() removes all', async () => {
    const page = await site.open('news-de');
    const out = await page.evaluate(async () => {
      const root = document.getElementById('story');
      const before = document.body.innerHTML;
      const a = await L.createAnnotator();
      const result = await a.annotate(root);
      const names = [...CSS.highlights.keys()].sort();
      const texts = (k) => [...(CSS.highlights.get(`leselupe-${k}`) ?? [])].map((r) => r.toString());
      const counts = Object.fromEntries(['person', 'place', 'date', 'quote'].map((k) => [k, result.annotations.filter((x) => x.type === k).length]));
      const sizes = Object.fromEntries(['person', 'place', 'date', 'quote'].map((k) => [k, CSS.highlights.get(`leselupe-${k}`)?.size ?? 0]));
      const prio = { quote: CSS.highlights.get('leselupe-quote').priority, person: CSS.highlights.get('leselupe-person').priority };
      const unchanged = document.body.innerHTML === before;
      // Twice equals once.
      await a.annotate(root);
      const sizes2 = Object.fromEntries(['person', 'place', 'date', 'quote'].map((k) => [k, CSS.highlights.get(`leselupe-${k}`)?.size ?? 0]));
      const persons = texts('person');
      const quotes = texts('quote');
      a.clear();
      return { names, counts, sizes, sizes2, prio, unchanged, persons, quotes, after: [...CSS.highlights.keys()], sameAfter: document.body.innerHTML === before };
    });
    assert.deepEqual(out.names, ['leselupe-date', 'leselupe-person', 'leselupe-place', 'leselupe-quote']);
    assert.deepEqual(out.sizes, out.counts);
    assert.deepEqual(out.sizes2, out.counts, 'annotate() twice equals once');
    assert.ok(out.prio.person > out.prio.quote, 'a person inside a quote stays visible');
    assert.ok(out.unchanged);
    assert.ok(out.persons.includes('Radosław Sikorski'), JSON.stringify(out.persons));
    assert.ok(out.quotes.includes('Europa muss mit einer Stimme sprechen, gerade jetzt.'), JSON.stringify(out.quotes));
    for (const skipped of ['Olaf Scholz', 'Friedrich Merz', 'Emmanuel Macron', 'Donald Tusk', 'Boris Pistorius', 'Angela Merkel', 'Robert Habeck', 'Annalena Baerbock']) {
      assert.ok(!out.persons.includes(skipped), `${skipped} is in a skipped part`);
    }
    assert.deepEqual(out.after, []);
    assert.ok(out.sameAfter);
    await site.done(page);
  });

  test('wrap mode: <mark> elements nested outer-first (a place inside a quote); clear() restores the DOM exactly; page handlers still fire', async () => {
    const page = await site.openReady('news-de');
    const out = await page.evaluate(async () => {
      const root = document.getElementById('story');
      const before = root.innerHTML;
      const nodesBefore = [];
      const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let n = w.nextNode(); n; n = w.nextNode()) nodesBefore.push(n);
      const a = await L.createAnnotator({ mode: 'wrap' });
      const result = await a.annotate(root);
      const marked = root.innerHTML;
      const marks = [...root.querySelectorAll('mark[data-leselupe]')];
      const nested = marks.some((m) => m.dataset.leselupe === 'place' && m.textContent === 'Europa' && m.parentElement.closest('mark[data-leselupe="quote"]'));
      const markTexts = (k) => marks.filter((m) => m.dataset.leselupe === k).map((m) => m.textContent);
      // Clicking the link while marked (its text is inside a mark).
      document.getElementById('link').click();
      const inLink = document.getElementById('link').querySelector('mark[data-leselupe="person"]') !== null;
      await a.annotate(root);
      const twice = root.innerHTML === marked;
      a.clear(root);
      const after = root.innerHTML;
      const nodesAfter = [];
      const w2 = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let n = w2.nextNode(); n; n = w2.nextNode()) nodesAfter.push(n);
      document.getElementById('link').click();
      return {
        count: result.annotations.length, nmarks: marks.length, nested, inLink, twice,
        same: after === before, sameNodes: nodesBefore.length === nodesAfter.length && nodesBefore.every((n, i) => n === nodesAfter[i]),
        persons: markTexts('person'), clicks: window.clicks, highlights: [...CSS.highlights.keys()],
      };
    });
    assert.ok(out.nmarks >= out.count && out.count > 5);
    assert.ok(out.nested, 'the place "Europa" is a mark inside its quote\'s mark');
    assert.ok(out.inLink);
    assert.ok(out.twice, 'annotate() twice equals once');
    assert.ok(out.same, 'innerHTML restored');
    assert.ok(out.sameNodes, 'the very same nodes are back');
    assert.equal(out.clicks, 2, 'the page\'s click handler fired while marked and after clear()');
    assert.deepEqual(out.highlights, []);
    await site.done(page);
  });

  test('script-looking text and HTML entities stay text: nothing runs, nothing is reinterpreted', async () => {
    const page = await site.open('news-de');
    const out = await page.evaluate(async () => {
      const root = document.getElementById('story');
      const hl = await L.createAnnotator();
      await hl.annotate(root);
      const text = L.extractText(root).text;
      const wrap = await L.createAnnotator({ mode: 'wrap', cards: false });
      hl.clear();
      await wrap.annotate(root);
      const imgs = root.querySelectorAll('img').length;
      const scripts = root.querySelectorAll('script').length;
      // A quote whose text is markup: its card shows it as text.
      const r = await hl.annotateText('„<img src=x onerror=\\"window.pwned=3\\"> &amp; <b>fett</b>“, sagte Olaf Scholz.', { lang: 'de' });
      wrap.clear();
      await new Promise((res) => setTimeout(res, 100));
      return { text, imgs, scripts, pwned: window.pwned, inlineRan: window.inlineScriptRan, quote: r.annotations.find((a) => a.type === 'quote')?.text };
    });
    assert.ok(out.text.includes('<script>window.pwned = 1</script> & <img src=x onerror="window.pwned=2">'));
    assert.equal(out.imgs, 1, 'only the figure image');
    assert.equal(out.scripts, 1, 'only the page\'s own inline script');
    assert.equal(out.pwned, undefined);
    assert.equal(out.inlineRan, 1);
    assert.ok(out.quote?.includes('<img'), out.quote);
    await site.done(page);
  });

  test('iframes and shadow DOM are left alone unless asked', async () => {
    const page = await site.openReady('news-de');
    const out = await page.evaluate(async () => {
      const root = document.getElementById('story');
      const frame = document.getElementById('frame');
      await new Promise((res) => (frame.contentDocument?.readyState === 'complete' ? res() : frame.addEventListener('load', res, { once: true })));
      const shadow = document.getElementById('shadow-host').shadowRoot;
      const frameBefore = frame.contentDocument.body.innerHTML;
      const shadowBefore = shadow.innerHTML;
      const wrap = await L.createAnnotator({ mode: 'wrap' });
      const r = await wrap.annotate(root);
      const res = {
        frameSame: frame.contentDocument.body.innerHTML === frameBefore,
        shadowSame: shadow.innerHTML === shadowBefore,
        frameHighlights: [...frame.contentWindow.CSS.highlights.keys()],
        names: r.annotations.filter((a) => a.type === 'person').map((a) => a.text),
      };
      wrap.clear();
      // Asked: shadow: true reads the open shadow root.
      const hl = await L.createAnnotator();
      const r2 = await hl.annotate(root, { shadow: true });
      res.shadowNames = r2.annotations.filter((a) => a.type === 'person').map((a) => a.text);
      const habeck = r2.annotations.find((a) => a.text === 'Robert Habeck');
      res.shadowRange = habeck ? hl.rangeOf(habeck).toString() : null;
      // A same-origin iframe is annotated by an annotator working in its window.
      const inFrame = await L.createAnnotator({ window: frame.contentWindow });
      const r3 = await inFrame.annotate(frame.contentDocument.body, { lang: 'de', referenceDate: '2025-11-10' });
      res.frameNames = r3.annotations.filter((a) => a.type === 'person').map((a) => a.text);
      res.frameHighlights2 = [...frame.contentWindow.CSS.highlights.keys()].sort();
      return res;
    });
    assert.ok(out.frameSame);
    assert.ok(out.shadowSame);
    assert.deepEqual(out.frameHighlights, []);
    assert.ok(!out.names.includes('Robert Habeck') && !out.names.includes('Annalena Baerbock'), JSON.stringify(out.names));
    assert.ok(out.shadowNames.includes('Robert Habeck'), JSON.stringify(out.shadowNames));
    assert.equal(out.shadowRange, 'Robert Habeck');
    assert.ok(out.frameNames.includes('Annalena Baerbock'), JSON.stringify(out.frameNames));
    assert.ok(out.frameHighlights2.includes('leselupe-person'));
    await site.done(page);
  });

  test('concurrent annotate() calls on one root: the last call wins, nothing doubles', async () => {
    for (const worker of [false, true]) {
      const page = await site.open('news-de');
      const out = await page.evaluate(async (worker) => {
        const root = document.getElementById('story');
        const a = await L.createAnnotator({ worker });
        const calls = [
          a.annotate(root, { kinds: ['quote'] }),
          a.annotate(root, { kinds: ['person'] }),
          a.annotate(root, { kinds: ['date', 'place'] }),
        ];
        const results = await Promise.all(calls);
        const sizes = Object.fromEntries(['person', 'place', 'date', 'quote'].map((k) => [k, CSS.highlights.get(`leselupe-${k}`)?.size ?? 0]));
        const last = results[2];
        // Same again in wrap mode: no doubled marks.
        const w = await L.createAnnotator({ worker, mode: 'wrap', cards: false });
        a.clear();
        const before = root.innerHTML;
        await Promise.all([w.annotate(root), w.annotate(root, { kinds: 'person' }), w.annotate(root)]);
        const marks = root.querySelectorAll('mark[data-leselupe]').length;
        const once = root.innerHTML;
        await w.annotate(root);
        const again = root.innerHTML === once;
        w.clear();
        return {
          kinds: results.map((r) => [...new Set(r.annotations.map((x) => x.type))].sort()),
          sizes,
          lastCounts: { date: last.annotations.filter((x) => x.type === 'date').length, place: last.annotations.filter((x) => x.type === 'place').length },
          marks, again, restored: root.innerHTML === before,
        };
      }, worker);
      for (const k of out.kinds) assert.deepEqual(k, ['date', 'place'], 'every call resolves with the winner');
      assert.deepEqual(out.sizes, { person: 0, quote: 0, date: out.lastCounts.date, place: out.lastCounts.place });
      assert.ok(out.marks > 0 && out.again && out.restored);
      await site.done(page);
    }
  });

  test('marks are painted: a background of its own per kind and the underline (the second cue), highlight and wrap', async () => {
    const painted = {};
    for (const mode of ['highlight', 'wrap']) {
      const page = await site.open('reader');
      const marks = await page.evaluate(async (mode) => {
        const a = await L.createAnnotator({ mode, cards: false });
        const { annotations } = await a.annotate(document.getElementById('story'));
        const probe = document.createElement('span');
        document.body.appendChild(probe);
        const colour = (name) => {
          probe.style.color = `var(${name})`;
          return getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number);
        };
        const out = {};
        for (const kind of ['quote', 'person', 'place', 'date']) {
          // A mark no other mark overlaps, on one line.
          const x = annotations.find((m) => m.type === kind
            && !annotations.some((o) => o !== m && o.start < m.end && m.start < o.end)
            && a.rangeOf(m).getClientRects().length === 1);
          const r = a.rangeOf(x).getClientRects()[0];
          out[kind] = { rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, bg: colour(`--leselupe-${kind}-bg`), line: colour(`--leselupe-${kind}-line`) };
        }
        probe.remove();
        return out;
      }, mode);
      // WebKit paints highlights a moment later than the others.
      await page.waitForTimeout(1000);
      const img = decodePng(await page.screenshot());
      const near = (p, c, tol) => p.every((v, i) => Math.abs(v - c[i]) <= tol);
      const count = (left, top, right, bottom, c, tol) => {
        let n = 0;
        for (let y = Math.max(0, Math.floor(top)); y < Math.min(img.height, Math.ceil(bottom)); y += 1) {
          for (let x = Math.max(0, Math.floor(left)); x < Math.min(img.width, Math.ceil(right)); x += 1) if (near(img.pixel(x, y), c, tol)) n += 1;
        }
        return n;
      };
      painted[mode] = {};
      for (const [kind, m] of Object.entries(marks)) {
        const { left, top, right, bottom } = m.rect;
        const area = (right - left) * (bottom - top);
        painted[mode][kind] = {
          background: count(left, top, right, bottom, m.bg, 6) / area,
          underline: count(left, bottom - 6, right, bottom + 4, m.line, 40),
        };
      }
      await site.done(page);
    }
    for (const mode of ['highlight', 'wrap']) {
      for (const [kind, p] of Object.entries(painted[mode])) {
        assert.ok(p.background > 0.3, `${engine} ${mode}: the ${kind} background is painted (${JSON.stringify(painted[mode])})`);
      }
    }
    // The person underline is solid: the one to count pixels of. (WebKit drops a
    // text-decoration shorthand that carries a thickness — the stylesheet uses longhands.)
    for (const mode of ['highlight', 'wrap']) {
      assert.ok(painted[mode].person.underline > 10, `${engine} ${mode}: the person underline is painted (${painted[mode].person.underline} px)`);
    }
  });
});

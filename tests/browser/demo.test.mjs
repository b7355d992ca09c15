// The demo in real Chromium: marks, kind toggles, your own text (safely), the "Who said what"
// panel, the timeline, figures, and a phone-width layout without horizontal scrolling.
// Every page fails its test on a console error, so a CSP violation fails too (the demo
// carries a strict CSP in a <meta> tag).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, screenshotPath, serveSite, strictPage } from './support.mjs';

let browser;
let site;
before(async () => {
  browser = await launch();
  site = await serveSite();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The texts of the ranges in one of our highlights. */
function highlightTexts(page, kind) {
  return page.evaluate((k) => {
    const h = CSS.highlights.get(`leselupe-${k}`);
    return h ? [...h].map((r) => r.toString()) : [];
  }, kind);
}

/** Picks a sample (or 'own') and waits until the demo has marked it. */
async function chooseSample(page, id) {
  await page.selectOption('#sample', id);
  await page.waitForSelector(`body[data-ready="${id}"]`);
}

async function openDemo(options = {}, hash = '') {
  const page = await strictPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(site.url + (hash ? `#article=${hash.slice(1)}` : ''));
  await page.waitForSelector(`body[data-ready="${hash.slice(1) || 'de-gipfel'}"]`);
  return page;
}

test('the demo marks the quotes of the first sample on load', async () => {
  const page = await openDemo();
  const quotes = await highlightTexts(page, 'quote');
  assert.ok(quotes.includes('Wir haben heute mehr erreicht, als viele erwartet hatten'), JSON.stringify(quotes));
  assert.ok(quotes.includes('Europa muss mit einer Stimme sprechen, gerade jetzt.'));
  assert.ok(quotes.includes('Wir sind'));
  assert.ok(quotes.includes('zu weiteren Schritten bereit.'));
  await page.screenshot({ path: screenshotPath('demo-desktop.png') });
  await page.screenshot({ path: screenshotPath('demo-desktop-full.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('switching the sample marks the other article', async () => {
  const page = await openDemo();
  await chooseSample(page, 'en-harbour');
  const quotes = await highlightTexts(page, 'quote');
  assert.ok(quotes.includes('We will not go back until the offer is fair,'), JSON.stringify(quotes));
  assert.ok(!quotes.some((q) => q.includes('Wir haben')), 'the first article is no longer marked');
  assert.equal(await page.inputValue('#refdate'), '2025-06-17', 'the reference date follows the article');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('every sample article is marked with all four kinds', async () => {
  const page = await openDemo();
  const ids = await page.$$eval('#sample option', (os) => os.map((o) => o.value).filter((v) => v !== 'own'));
  assert.ok(ids.filter((id) => id.startsWith('de-')).length >= 3 && ids.filter((id) => id.startsWith('en-')).length >= 2, ids.join());
  for (const id of ids) {
    await chooseSample(page, id);
    const words = await page.$eval(`#${id}`, (a) => a.innerText.trim().split(/\s+/).length);
    assert.ok(words >= 250 && words <= 520, `${id}: ${words} words`);
    for (const kind of ['quote', 'person', 'place', 'date']) {
      const marks = await highlightTexts(page, kind);
      assert.ok(marks.length > 0, `${id}: no ${kind} marked`);
    }
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a kind toggled off loses its highlight and gets it back when toggled on', async () => {
  const page = await openDemo();
  const people = await highlightTexts(page, 'person');
  const quotes = await highlightTexts(page, 'quote');
  assert.ok(people.length > 0);
  assert.ok(people.includes('Tomasz Wierzbicki'), JSON.stringify(people));

  await page.uncheck('#kind-person');
  await page.waitForSelector('body[data-kinds="quote,place,date"]');
  assert.deepEqual(await highlightTexts(page, 'person'), [], 'no person highlight while people are off');
  assert.deepEqual(await highlightTexts(page, 'quote'), quotes, 'quotes stay');
  assert.ok((await highlightTexts(page, 'place')).length > 0, 'places stay');
  // The panel still lists everyone.
  assert.ok(await page.isVisible('#people li[data-entity="Tomasz Wierzbicki"]'));

  await page.check('#kind-person');
  await page.waitForSelector('body[data-kinds="quote,person,place,date"]');
  assert.deepEqual(await highlightTexts(page, 'person'), people, 'the person highlight is back');

  for (const kind of ['quote', 'person', 'place', 'date']) await page.uncheck(`#kind-${kind}`);
  await page.waitForSelector('body[data-kinds=""]');
  for (const kind of ['quote', 'person', 'place', 'date']) assert.deepEqual(await highlightTexts(page, kind), []);
  await page.check('#kind-date');
  await page.waitForSelector('body[data-kinds="date"]');
  assert.ok((await highlightTexts(page, 'date')).length > 0);
  assert.deepEqual(await highlightTexts(page, 'quote'), []);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the panel lists the quoted speakers with their quotes', async () => {
  const page = await openDemo();
  const people = await page.$$eval('#people > li', (lis) => lis.map((li) => ({
    entity: li.dataset.entity,
    quotes: [...li.querySelectorAll('.quote-text')].map((q) => q.textContent),
  })));
  const byName = Object.fromEntries(people.map((p) => [p.entity, p.quotes]));
  assert.ok(byName['Tomasz Wierzbicki'], JSON.stringify(people));
  assert.ok(byName['Tomasz Wierzbicki'].includes('Wir haben heute mehr erreicht, als viele erwartet hatten'), JSON.stringify(byName));
  assert.ok(byName['Tomasz Wierzbicki'].includes('Wir sind'));
  assert.ok(byName['Tomasz Wierzbicki'].includes('zu weiteren Schritten bereit.'));
  assert.ok(byName['Katrin Albers']?.includes('Europa muss mit einer Stimme sprechen, gerade jetzt.'), JSON.stringify(byName));
  assert.ok(people[0].quotes.length > 0, 'quoted people come first');
  const places = await page.$$eval('#places > li', (lis) => lis.map((li) => li.dataset.entity));
  assert.ok(places.includes('Warschau'), JSON.stringify(places));

  // A quote in the panel shows its place in the article.
  const quote = page.locator('#people li[data-entity="Katrin Albers"] .quote-jump').first();
  await quote.click();
  const focused = await page.evaluate(() => [...(CSS.highlights.get('leselupe-demo-focus') ?? [])].map((r) => r.toString()));
  assert.deepEqual(focused, ['Europa muss mit einer Stimme sprechen, gerade jetzt.']);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the timeline lists the normalized dates in order around the reference date', async () => {
  const page = await openDemo();
  const items = await page.$$eval('#timeline > li', (lis) => lis.map((li) => ({
    value: li.dataset.value ?? null, ref: li.classList.contains('t-ref'), text: li.textContent,
  })));
  const values = items.filter((i) => i.value).map((i) => i.value);
  assert.ok(values.includes('2025-11-09'), `"am Sonntag" before 2025-11-10: ${JSON.stringify(values)}`);
  assert.ok(values.includes('2025-11-11'), `"am Dienstag": ${JSON.stringify(values)}`);
  assert.ok(values.includes('2025-12-18'), `"am 18. Dezember": ${JSON.stringify(values)}`);
  const refAt = items.findIndex((i) => i.ref);
  assert.ok(refAt > 0, 'the reference date is on the timeline');
  assert.ok(items[refAt].text.includes('10 Nov 2025'), items[refAt].text);  // dates in the UI language (English here)
  const firstDays = values.filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
  assert.deepEqual(firstDays, [...firstDays].sort(), 'days in chronological order');

  // Another reference date moves the relative dates with it.
  await page.fill('#refdate', '2025-11-17');
  await page.waitForFunction(() => document.querySelector('#timeline li[data-value="2025-11-16"]'));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('pasted text is marked, and pasted HTML is rendered without scripts, handlers or attributes', async () => {
  const page = await openDemo();
  await chooseSample(page, 'own');
  assert.ok(await page.isVisible('#own-input'));
  await page.fill('#own-input', 'Streik in Bremen\n\nBremen – „Wir bleiben so lange draußen, bis sich etwas bewegt“, sagte die Betriebsratsvorsitzende Jana Köhler am Montag vor dem Werkstor.');
  await page.click('#own-go');
  await page.waitForFunction(() => (CSS.highlights.get('leselupe-quote')?.size ?? 0) > 0);
  assert.deepEqual(await highlightTexts(page, 'quote'), ['Wir bleiben so lange draußen, bis sich etwas bewegt']);
  assert.ok((await highlightTexts(page, 'person')).includes('Jana Köhler'));
  assert.equal(await page.$eval('#own h2', (h) => h.textContent), 'Streik in Bremen');
  assert.ok(await page.isVisible('#people li[data-entity="Jana Köhler"]'));

  // HTML from the clipboard (a synthetic paste event carries it, as a real one would).
  const html = '<html><head><style>body{display:none}</style><script>window.__pwned = 1</script></head><body>'
    + '<h1 onclick="window.__pwned = 2" style="color:red">Hafen <img src="x" onerror="window.__pwned = 3">Hamburg</h1>'
    + '<p class="x" data-a="1">HAMBURG – “We will not go back,” said <a href="javascript:window.__pwned=4">Maya Schulte</a> on Tuesday.</p>'
    + '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe><svg><script>window.__pwned = 6</script></svg>'
    + '<form action="https://example.org"><input value="secret"></form><ul><li>One <em>item</em></li></ul></body></html>';
  await page.evaluate((h) => {
    const dt = new DataTransfer();
    dt.setData('text/html', h);
    dt.setData('text/plain', 'plain fallback');
    const box = document.getElementById('own-input');
    box.select();
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
  await page.waitForFunction(() => [...(CSS.highlights.get('leselupe-quote') ?? [])].some((r) => r.toString().includes('We will not go back')));
  const own = await page.$eval('#own', (el) => ({
    tags: [...el.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()),
    attributes: [...el.querySelectorAll('*')].reduce((n, e) => n + e.attributes.length, 0),
    text: el.textContent,
    pwned: window.__pwned ?? null,
  }));
  assert.equal(own.pwned, null, 'nothing from the pasted HTML ran');
  assert.equal(own.attributes, 0, 'no attribute came through');
  assert.deepEqual(own.tags, ['h2', 'p', 'ul', 'li', 'em']);
  assert.ok(!own.text.includes('secret') && !own.text.includes('__pwned') && !own.text.includes('display:none'), own.text);
  assert.match(await page.inputValue('#own-input'), /^Hafen Hamburg\n\nHAMBURG – “We will not go back,” said Maya Schulte on Tuesday\./);
  // The inert document inherits the page's CSP, so while parsing Chromium reports the inline
  // style and handler attributes it refuses; those reports are expected, nothing else is.
  const unexpected = page.errors.filter((e) => !/violates the following Content Security Policy directive '(style-src 'self'|script-src 'self' 'wasm-unsafe-eval')'/.test(e));
  assert.deepEqual(unexpected, []);
  await page.close();
});

test('language switch and live figures', async () => {
  const page = await openDemo();
  assert.match(await page.textContent('#status'), /language: German \(detected\)/);
  assert.match(await page.textContent('#fig-time'), /\d ms/);
  const bytes = await page.textContent('#fig-bytes');
  const [, wasm] = /([\d.]+) (?:kB|MB) WebAssembly/.exec(bytes) ?? [];
  assert.ok(Number(wasm) > 0, bytes);
  assert.match(bytes, /[\d.]+ kB JavaScript/);
  await page.check('#lang-en', { force: true });
  await page.waitForFunction(() => !/detected/.test(document.getElementById('status').textContent));
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** Opens the demo with a UI language in the address (?ui=de / ?ui=en). */
async function openDemoUi(ui, options = {}) {
  const page = await strictPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(`${site.url}${ui ? `?ui=${ui}` : ''}`);
  await page.waitForSelector('body[data-ready="de-gipfel"]');
  return page;
}

test('?ui=de: the demo speaks German, the articles keep their language, marks and panel work', async () => {
  const page = await openDemoUi('de');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.match(await page.title(), /wer was gesagt hat/);
  assert.equal((await page.textContent('#panel-title')).trim(), 'Wer hat was gesagt');
  assert.equal((await page.textContent('#people-title')).trim(), 'Personen und ihre Zitate');
  assert.equal((await page.textContent('#timeline-title')).trim(), 'Zeitleiste');
  assert.equal((await page.textContent('label[for="sample"]')).trim(), 'Artikel');
  assert.equal((await page.textContent('label[for="refdate"]')).trim(), 'Bezugsdatum');
  assert.equal(await page.getAttribute('#controls', 'aria-label'), 'Leseeinstellungen');
  assert.match(await page.textContent('#status'), /^\d+ Markierungen in [\d,]+ ms · Sprache: Deutsch \(erkannt\)$/);
  assert.match(await page.textContent('.keys-list'), /nächste \/ vorige Markierung/);
  const ref = await page.textContent('#timeline > li.t-ref');
  assert.ok(ref.includes('10. Nov. 2025') && ref.includes('Bezugsdatum'), ref);
  assert.equal(await page.getAttribute('#en-harbour', 'lang'), 'en', 'articles keep their own lang');
  assert.match(await page.textContent('#en-harbour-title'), /Dock workers/, 'articles are not translated');

  const quotes = await highlightTexts(page, 'quote');
  assert.ok(quotes.includes('Wir haben heute mehr erreicht, als viele erwartet hatten'), JSON.stringify(quotes));
  const facts = await page.textContent('#people li[data-entity="Tomasz Wierzbicki"] .person-facts');
  assert.match(facts, /Zitate/);
  await page.locator('#people li[data-entity="Katrin Albers"] .quote-jump').first().click();
  const focused = await page.evaluate(() => [...(CSS.highlights.get('leselupe-demo-focus') ?? [])].map((r) => r.toString()));
  assert.deepEqual(focused, ['Europa muss mit einer Stimme sprechen, gerade jetzt.']);

  await chooseSample(page, 'en-harbour');
  assert.match(await page.textContent('#status'), /Sprache: Englisch \(erkannt\)/);
  assert.ok((await highlightTexts(page, 'quote')).includes('We will not go back until the offer is fair,'));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('?ui=en: the demo speaks English, also with German browser languages; without ?ui= they choose', async () => {
  const page = await openDemoUi('en', { locale: 'de-DE' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.textContent('#panel-title')).trim(), 'Who said what');
  assert.equal((await page.textContent('label[for="sample"]')).trim(), 'Article');
  assert.match(await page.textContent('#status'), /^\d+ marks in [\d.]+ ms · language: German \(detected\)$/);
  assert.deepEqual(page.errors, []);
  await page.close();

  const german = await openDemoUi(null, { locale: 'de-DE' });
  assert.equal(await german.getAttribute('html', 'lang'), 'de', 'German browser languages give a German UI');
  assert.deepEqual(german.errors, []);
  await german.close();
});

test('phone width: no horizontal scrolling, panel below the article', async () => {
  const page = await openDemo({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(widths.scroll <= widths.client, JSON.stringify(widths));
  const [article, panel] = await Promise.all(['#de-gipfel', '#panel'].map((s) => page.$eval(s, (e) => e.getBoundingClientRect().toJSON())));
  assert.ok(panel.top >= article.bottom, 'the panel follows the article');
  await page.screenshot({ path: screenshotPath('demo-phone.png') });
  await page.screenshot({ path: screenshotPath('demo-phone-full.png'), fullPage: true });
  await chooseSample(page, 'own');
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  assert.ok(scroll, 'the paste box fits too');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('dark mode', async () => {
  const page = await openDemo({ colorScheme: 'dark' }, '#en-launch');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(bg, 'rgb(248, 247, 243)');
  await page.screenshot({ path: screenshotPath('demo-desktop-dark.png') });
  const phone = await openDemo({ colorScheme: 'dark', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }, '#de-polarstern');
  await phone.screenshot({ path: screenshotPath('demo-phone-dark.png') });
  assert.deepEqual([...page.errors, ...phone.errors], []);
  await page.close();
  await phone.close();
});

test('clear() restores the original innerHTML exactly (wrap mode) and removes highlights', async () => {
  const page = await openDemo();
  const outcome = await page.evaluate(async () => {
    const { createAnnotator } = await import('./leselupe/index.js');
    const article = document.getElementById('de-gipfel');
    window.leselupe.clear();
    const highlightsAfterClear = CSS.highlights.get('leselupe-quote')?.size ?? 0;
    const before = article.innerHTML;
    const wrap = await createAnnotator({ mode: 'wrap' });
    await wrap.annotate(article, { lang: 'de', referenceDate: '2025-11-10' });
    const marks = [...article.querySelectorAll('mark[data-leselupe="quote"]')].map((m) => m.textContent);
    const marked = article.innerHTML;
    await wrap.annotate(article, { lang: 'de', referenceDate: '2025-11-10' });
    const twice = article.innerHTML;
    wrap.clear(article);
    return { highlightsAfterClear, before, marked, twice, after: article.innerHTML, marks };
  });
  assert.equal(outcome.highlightsAfterClear, 0);
  assert.ok(outcome.marks.includes('Wir sind'), JSON.stringify(outcome.marks));
  assert.notEqual(outcome.marked, outcome.before);
  assert.equal(outcome.twice, outcome.marked, 'annotate() twice equals once');
  assert.equal(outcome.after, outcome.before);
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The demo in real Chromium: quotes marked at the right text, clear() restores the page.
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

test('the demo marks the quotes of the first sample on load', async () => {
  const page = await strictPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.url);
  await page.waitForSelector('body[data-ready="de-gipfel"]');
  const quotes = await highlightTexts(page, 'quote');
  assert.ok(quotes.includes('Wir haben heute mehr erreicht, als viele erwartet hatten'), JSON.stringify(quotes));
  assert.ok(quotes.includes('Europa muss mit einer Stimme sprechen, gerade jetzt.'));
  assert.ok(quotes.includes('Wir sind'));
  assert.ok(quotes.includes('zu weiteren Schritten bereit.'));
  await page.screenshot({ path: screenshotPath('demo-desktop.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('switching the sample marks the other article', async () => {
  const page = await strictPage(browser);
  await page.goto(site.url);
  await page.waitForSelector('body[data-ready="de-gipfel"]');
  await page.selectOption('#sample', 'en-harbour');
  await page.waitForSelector('body[data-ready="en-harbour"]');
  const quotes = await highlightTexts(page, 'quote');
  assert.ok(quotes.includes('We will not go back until the offer is fair,'), JSON.stringify(quotes));
  assert.ok(!quotes.some((q) => q.includes('Wir haben')), 'the first article is no longer marked');
  await page.close();
});

test('clear() restores the original innerHTML exactly (wrap mode) and removes highlights', async () => {
  const page = await strictPage(browser);
  await page.goto(site.url);
  await page.waitForSelector('body[data-ready="de-gipfel"]');
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

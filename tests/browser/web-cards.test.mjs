// Cards on hover (hit-testing highlights with caret-from-point) and on focus
// (next/previous, jump to speaker); dates written for the reader; summary().
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachEngine, useSite } from './web-support.mjs';

forEachEngine((engine) => {
  const site = useSite(engine);


  /** Client rect centre of the first range of `kind` whose text is `text`. */
  function markPoint(page, kind, text, atEnd) {
    return page.evaluate(({ kind, text, atEnd }) => {
      const a = window.annotator.result().annotations.find((x) => x.type === kind && x.text === text);
      if (!a) return null;
      const rects = window.annotator.rangeOf(a).getClientRects();
      const rect = atEnd ? rects[rects.length - 1] : rects[0];
      return { x: atEnd ? rect.right - 4 : rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, { kind, text, atEnd });
  }

  async function hover(page, kind, text, atEnd = false) {
    const p = await markPoint(page, kind, text, atEnd);
    assert.ok(p, `${kind} "${text}" is annotated`);
    // Away first, so that the card we read is the new one.
    // (The bottom-left corner of the viewport: WebKit's window is the viewport plus its chrome.)
    const bottom = await page.evaluate(() => innerHeight);
    await page.mouse.move(2, bottom - 10);
    await page.waitForFunction(() => document.querySelector('.leselupe-card')?.hidden ?? true);
    await page.mouse.move(p.x - 2, p.y);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => {
      const c = document.querySelector('.leselupe-card');
      return c && !c.hidden;
    });
    return page.evaluate(() => document.querySelector('.leselupe-card').textContent);
  }

  for (const mode of ['highlight', 'wrap']) {
    test(`cards on hover (${mode}): person, place, date, quote; the card hides again`, async () => {
      const page = await site.open('news-de');
      await page.evaluate(async (mode) => {
        window.annotator = await L.createAnnotator({ mode });
        await window.annotator.annotate();
      }, mode);
      const person = await hover(page, 'person', 'Radosław Sikorski');
      assert.match(person, /Person/);
      assert.match(person, /Radosław Sikorski/);
      assert.match(person, /\d+-mal genannt/);
      assert.match(person, /Auch in Absatz/);
      assert.match(person, /Wir haben heute mehr erreicht/, 'his quotes');
      const place = await hover(page, 'place', 'Paris');
      assert.match(place, /Ort/);
      assert.match(place, /Land: Frankreich/);
      const date = await hover(page, 'date', 'Sonntag');
      assert.match(date, /Sonntag, 9\. November 2025/);
      // At its end: "Europa" at its start is a place, the innermost mark there.
      const quote = await hover(page, 'quote', 'Europa muss mit einer Stimme sprechen, gerade jetzt.', true);
      assert.match(quote, /Zitat/);
      assert.match(quote, /Johann Wadephul/);
      assert.match(quote, /Zum Sprecher/);
      // Away from every mark: the card goes.
      await page.mouse.move(2, (await page.evaluate(() => innerHeight)) - 20);
      await page.waitForFunction(() => document.querySelector('.leselupe-card').hidden);
      // The card is ours, built from text: no page text became markup.
      const html = await page.evaluate(() => document.querySelector('.leselupe-card').outerHTML);
      assert.doesNotMatch(html, /<(img|script|a)\b/);
      await site.done(page);
    });
  }

  test('jump to speaker from a quote card: scrolls to and focuses the speaker mention', async () => {
    const page = await site.open('news-de', { viewport: { width: 1000, height: 400 } });
    await page.evaluate(async () => {
      window.annotator = await L.createAnnotator();
      await window.annotator.annotate();
    });
    await page.evaluate(() => {
      const a = window.annotator.result().annotations.find((x) => x.type === 'quote' && x.text.startsWith('zu weiteren'));
      window.annotator.focus(a);
    });
    await page.click('.leselupe-card button.leselupe-card-action');
    const out = await page.evaluate(() => ({
      focused: window.annotator.focused,
      focusText: [...CSS.highlights.get('leselupe-focus')].map((r) => r.toString()),
      active: document.activeElement.className,
      card: document.querySelector('.leselupe-card').textContent,
    }));
    assert.equal(out.focused.type, 'person');
    assert.equal(out.focused.text, 'Sikorski');
    assert.equal(out.focused.entity, 'Radosław Sikorski');
    assert.deepEqual(out.focusText, ['Sikorski']);
    assert.equal(out.active, 'leselupe-card', 'keyboard focus follows to the card');
    assert.match(out.card, /Radosław Sikorski/);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => CSS.highlights.has('leselupe-focus')), false);
    await site.done(page);
  });

  test('next() / previous() move the focus marker and the card, scrolling into view', async () => {
    const page = await site.open('news-de', { viewport: { width: 1000, height: 300 } });
    const out = await page.evaluate(async () => {
      const a = await L.createAnnotator();
      await a.annotate();
      const people = a.result().annotations.filter((x) => x.type === 'person');
      const seen = [];
      const focusText = () => [...CSS.highlights.get('leselupe-focus')].map((r) => r.toString())[0];
      for (let i = 0; i < people.length; i += 1) seen.push([a.next('person').text, focusText()]);
      const wrapped = a.next('person').start === people[0].start;
      const back = a.previous('person');
      const dates = [a.next('date'), a.next('date')].map((d) => d.text);
      const last = a.previous();  // any kind, before the second date
      const lastDate = a.result().annotations.filter((x) => x.type === 'date').at(-1);
      const d = a.focus(lastDate);
      const rect = a.rangeOf(d).getBoundingClientRect();
      return {
        people: people.map((p) => p.text), seen, wrapped, back: back.start === people.at(-1).start,
        dates, last: last.type, inView: rect.top >= 0 && rect.bottom <= innerHeight, scrolled: scrollY > 0,
        card: !document.querySelector('.leselupe-card').hidden,
      };
    });
    assert.deepEqual(out.seen.map((s) => s[0]), out.people);
    assert.deepEqual(out.seen.map((s) => s[1]), out.people);
    assert.ok(out.wrapped && out.back);
    assert.equal(out.dates.length, 2);
    assert.ok(out.inView && out.scrolled && out.card);
    await site.done(page);
  });

  test('keyboard only (keys: true): next/previous mark and kind, card takes the focus, Tab to "go to speaker", Escape gives the focus back', async () => {
    const page = await site.open('news-de', { viewport: { width: 1000, height: 400 } });
    await page.evaluate(async () => {
      // A focusable control of the page's own, where the reader starts and must come back to.
      const b = document.createElement('button');
      b.id = 'start';
      b.textContent = 'start';
      document.body.prepend(b);
      window.annotator = await L.createAnnotator({ keys: true });
      await window.annotator.annotate();
      b.focus();
    });
    const state = () => page.evaluate(() => ({
      focused: window.annotator.focused && { type: window.annotator.focused.type, text: window.annotator.focused.text },
      active: document.activeElement.id || document.activeElement.className,
      card: !document.querySelector('.leselupe-card').hidden,
    }));
    const first = await page.evaluate(() => window.annotator.result().annotations.reduce((a, b) => (b.start < a.start ? b : a)));
    await page.keyboard.press('Alt+Shift+ArrowDown');
    let s = await state();
    assert.deepEqual(s.focused, { type: first.type, text: first.text }, 'Alt+Shift+↓ focuses the first mark');
    assert.equal(s.active, 'leselupe-card', 'the card takes the keyboard focus');
    assert.ok(s.card);
    await page.keyboard.press('Alt+Shift+KeyP');
    s = await state();
    assert.equal(s.focused.type, 'person', 'Alt+Shift+P: the next person');
    await page.keyboard.press('Alt+Shift+KeyQ');
    s = await state();
    assert.equal(s.focused.type, 'quote', 'Alt+Shift+Q: the next quote');
    const quote = s.focused.text;
    await page.keyboard.press('Alt+Shift+KeyQ');
    await page.keyboard.press('Control+Alt+Shift+KeyQ');
    s = await state();
    assert.equal(s.focused.text, quote, 'with Ctrl: back to the previous quote');
    // Tab moves into the card, to its one button; Enter follows it to the speaker.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'leselupe-card-action');
    await page.keyboard.press('Enter');
    s = await state();
    assert.equal(s.focused.type, 'person', 'Enter on "go to speaker" focuses the speaker');
    assert.equal(s.active, 'leselupe-card');
    await page.keyboard.press('Escape');
    s = await state();
    assert.equal(s.focused, null);
    assert.equal(s.card, false, 'Escape closes the card');
    assert.equal(s.active, 'start', 'and gives the focus back to where the reader was');
    // Typing in a form field is left alone.
    const typed = await page.evaluate(() => {
      const i = document.createElement('input');
      document.body.prepend(i);
      i.focus();
      return true;
    });
    assert.ok(typed);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    assert.equal((await state()).focused, null, 'no shortcut while typing in a field');
    await site.done(page);
  });

  test('without keys: the shortcuts do nothing', async () => {
    const page = await site.open('news-de');
    await page.evaluate(async () => {
      window.annotator = await L.createAnnotator();
      await window.annotator.annotate();
    });
    await page.keyboard.press('Alt+Shift+ArrowDown');
    assert.equal(await page.evaluate(() => window.annotator.focused), null);
    assert.ok(await page.evaluate(() => window.annotator.result().annotations.length > 0));
    await site.done(page);
  });

  test('dates written for the reader (Intl in the page language)', async () => {
    const page = await site.open('structure');
    const out = await page.evaluate(() => [
      ['2025-11-09', null, 'de'], ['2025-11-09', null, 'en'], ['2025-11', null, 'de'], ['2025', 'END', 'de'],
      ['2025-W46', null, 'de'], ['2025-W01', null, 'en'], ['2027-06/2029-12', null, 'de'], ['2025-11-10/2025-11-14', null, 'de'],
      [null, null, 'de'], [null, null, 'en'], ['2025-12', 'START', 'de'], ['2025-12', 'MID', 'en'],
    ].map(([v, m, l]) => L.formatDate(v, m, l).replace(/[\u2009\u202f\u00a0]/g, ' ')));
    assert.deepEqual(out, [
      'Sonntag, 9. November 2025', 'Sunday, November 9, 2025', 'November 2025', 'Ende 2025',
      'KW 46 (10.–16. November 2025)', 'Week 1 (December 30, 2024 – January 5, 2025)', 'Juni 2027 – Dezember 2029', 'Montag, 10. – Freitag, 14. November 2025',
      'nicht eindeutig bestimmbar', 'cannot be resolved', 'Anfang Dezember 2025', 'mid December 2025',
    ]);
    await page.close();
  });

  test('summary(): people with quotes, places with country, dates — in document order', async () => {
    const page = await site.open('news-de');
    const out = await page.evaluate(async () => {
      const a = await L.createAnnotator();
      const result = await a.annotate();
      return { s: a.summary(), result };
    });
    const { s, result } = out;
    assert.deepEqual(Object.keys(s), ['people', 'places', 'dates']);
    const sik = s.people.find((p) => p.entity === 'Radosław Sikorski');
    assert.ok(sik, JSON.stringify(s.people.map((p) => p.entity)));
    assert.deepEqual(Object.keys(sik), ['entity', 'mentions', 'quotes']);
    assert.ok(sik.mentions.length >= 3);
    assert.deepEqual(sik.quotes.map((q) => q.text), result.annotations.filter((a) => a.type === 'quote' && a.speaker?.entity === 'Radosław Sikorski').map((a) => a.text));
    for (const q of sik.quotes) assert.deepEqual(Object.keys(q), ['text', 'start', 'end']);
    const first = (x) => x.mentions[0].start;
    assert.deepEqual(s.people.map(first), [...s.people.map(first)].sort((a, b) => a - b));
    assert.deepEqual(s.places.map(first), [...s.places.map(first)].sort((a, b) => a - b));
    const paris = s.places.find((p) => p.entity === 'Paris');
    assert.deepEqual(Object.keys(paris), ['entity', 'country', 'mentions']);
    assert.equal(paris.country, 'FR');
    assert.ok(s.dates.length >= 3);
    for (const d of s.dates) assert.deepEqual(Object.keys(d), ['text', 'value', 'mod', 'start']);
    assert.deepEqual(s.dates.map((d) => d.start), [...s.dates.map((d) => d.start)].sort((a, b) => a - b));
    assert.equal(s.dates.find((d) => d.text === 'Sonntag').value, '2025-11-09');
    await site.done(page);
  });
});

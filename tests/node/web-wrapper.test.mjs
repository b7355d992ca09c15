// The web wrapper's pure parts, without a browser: summary, navigation order, hit-test
// candidates, paragraph numbers, change measurement and the per-root queue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarize } from '../../web/src/summary.js';
import { stepIndex } from '../../web/src/navigate.js';
import { shortcutOf } from '../../web/src/keys.js';
import { itemsAround } from '../../web/src/hit-test.js';
import { paragraphNumber } from '../../web/src/cards.js';
import { changedUnits, debounceOf } from '../../web/src/observe.js';
import { RootQueue } from '../../web/src/schedule.js';
import { NODE_MODULE } from './support.mjs';

const person = (start, end, entity, text = entity) => ({ type: 'person', start, end, text, entity });

test('summarize: people by first mention with their quotes; a speaker named only in a frame gets an entry', () => {
  const result = {
    annotations: [
      { type: 'quote', start: 0, end: 10, text: 'Wir gehen', speaker: { text: 'die Ministerin', entity: 'Anna Berg', start: 30, end: 44 } },
      person(12, 20, 'Karl Ott'),
      { type: 'place', start: 22, end: 28, text: 'Berlin', entity: 'Berlin', country: 'DE' },
      { type: 'date', start: 50, end: 56, text: 'Montag', value: '2025-11-10' },
      person(60, 63, 'Karl Ott', 'Ott'),
      { type: 'place', start: 70, end: 76, text: 'Berlin', entity: 'Berlin' },
    ],
  };
  const s = summarize(result);
  assert.deepEqual(s.people.map((p) => [p.entity, p.mentions.length, p.quotes.length]), [['Karl Ott', 2, 0], ['Anna Berg', 1, 1]]);
  assert.deepEqual(s.places, [{ entity: 'Berlin', country: 'DE', mentions: [{ text: 'Berlin', start: 22, end: 28 }, { text: 'Berlin', start: 70, end: 76 }] }]);
  assert.deepEqual(s.dates, [{ text: 'Montag', value: '2025-11-10', mod: null, start: 50 }]);
  assert.deepEqual(summarize(null), { people: [], places: [], dates: [] });
});

test('stepIndex: next and previous wrap around; ties at one offset go by index', () => {
  const list = [{ start: 0, index: 0 }, { start: 5, index: 1 }, { start: 5, index: 2 }, { start: 9, index: 3 }];
  assert.equal(stepIndex(list, null, 1), 0);
  assert.equal(stepIndex(list, null, -1), 3);
  assert.equal(stepIndex(list, list[1], 1), 2);
  assert.equal(stepIndex(list, list[2], -1), 1);
  assert.equal(stepIndex(list, list[3], 1), 0);
  assert.equal(stepIndex(list, list[0], -1), 3);
  assert.equal(stepIndex([], null, 1), -1);
});

test('itemsAround: the items that may cover an offset, shortest first', () => {
  const lists = {
    quote: [{ start: 0, end: 40 }],
    person: [{ start: 5, end: 15 }, { start: 30, end: 35 }],
    place: [],
    date: [{ start: 16, end: 20 }],
  };
  assert.deepEqual(itemsAround(lists, 10).map((x) => x.end - x.start), [10, 40]);
  // On the boundary between two marks both are candidates (the caret may sit at either end).
  assert.deepEqual(itemsAround(lists, 15).map((x) => x.start).sort((a, b) => a - b), [0, 5, 16]);
  assert.deepEqual(itemsAround(lists, 50), []);
});

test('paragraphNumber counts from 1 by paragraph start', () => {
  const starts = [0, 12, 40];
  assert.equal(paragraphNumber(starts, 0), 1);
  assert.equal(paragraphNumber(starts, 11), 1);
  assert.equal(paragraphNumber(starts, 12), 2);
  assert.equal(paragraphNumber(starts, 99), 3);
});

test('changedUnits: the code units of the paragraphs that changed', () => {
  const a = 'Eins eins.\n\nZwei zwei.\n\nDrei drei.';
  assert.equal(changedUnits(a, a), 0);
  assert.equal(changedUnits(a, 'Eins eins.\n\nNeu.\n\nDrei drei.'), 'Neu.'.length);
  assert.equal(changedUnits(a, `${a}\n\nVier.`), 'Vier.'.length);
  assert.equal(debounceOf(true), 150);
  assert.equal(debounceOf({ debounce: 20 }), 20);
  assert.equal(debounceOf(null), 150);
});

test('RootQueue: jobs of one root run in order; a superseded call gets the newest result', async () => {
  const q = new RootQueue();
  const root = {};
  const ran = [];
  let release;
  const gate = new Promise((r) => { release = r; });
  const first = q.enqueue(root, async (st, isCurrent) => { ran.push('first'); await gate; return isCurrent() ? 'first' : null; });
  await null;  // the first job starts
  const second = q.enqueue(root, async () => { ran.push('second'); return 'second'; });
  const third = q.enqueue(root, async () => { ran.push('third'); return 'third'; });
  release();
  assert.deepEqual(await Promise.all([first, second, third]), ['third', 'third', 'third']);
  assert.deepEqual(ran, ['first', 'third'], 'the second never started: the third superseded it');
  // drop() cancels work in flight: its caller resolves with null.
  const st = q.state(root);
  const late = q.enqueue(root, async (s, isCurrent) => { await null; return isCurrent() ? 'late' : null; });
  q.drop(st);
  assert.equal(await late, null);
});

test('dateOf: the publication date as the publisher wrote it', async () => {
  const { dateOf } = await import('../../web/src/dates-in-page.js');
  assert.equal(dateOf('2015-07-24T05:36:09+01:00'), '2015-07-24');
  assert.equal(dateOf('2021-11-01T10:52:50+0100'), '2021-11-01');
  assert.equal(dateOf('2017-11-03 03:01:00.000000'), '2017-11-03');
  assert.equal(dateOf('20240420'), '2024-04-20');
  assert.equal(dateOf('2019/04/28'), '2019-04-28');
  assert.equal(dateOf('Wed, 02 Jun 2015 13:05:00 GMT'), '2015-06-02');
  assert.equal(dateOf('2015-02-30'), null);
  assert.equal(dateOf(''), null);
  assert.equal(dateOf('gestern'), null);
});

test('firstDateIn: datelines with month names of the languages asked, and numeric dates', async () => {
  const { firstDateIn } = await import('../../web/src/dates-in-page.js');
  assert.equal(firstDateIn('Politik · 12. Januar 2022, 14:05 Uhr', ['de', 'en']), '2022-01-12');
  assert.equal(firstDateIn('Veröffentlicht am 03.02.2021 um 10 Uhr', ['de']), '2021-02-03');
  assert.equal(firstDateIn('By Jane Roe | January 12, 2022', ['de', 'en']), '2022-01-12');
  assert.equal(firstDateIn('Updated 5 Mar. 2019', ['en']), '2019-03-05');
  assert.equal(firstDateIn('Mehr als 2022 Menschen, März war kalt', ['de']), null);
  // Month names of a language not asked for are not read.
  assert.equal(firstDateIn('12 janvier 2022', ['de', 'en']), null);
});

test('restartableEngine: a trap retires the instance; the call is retried once on a fresh one; a repeated trap is an error', async () => {
  const { restartableEngine } = await import('../../web/src/engine.js');
  const { createAnnotator } = await import('../../web/src/node.js');
  // Real engines; `trapsLeft` makes the next calls of an instance trap as the core would.
  let started = 0;
  let trapsLeft = 0;
  const start = async () => {
    started += 1;
    const engine = await createAnnotator({ modulePath: NODE_MODULE });
    const annotateText = engine.annotateText.bind(engine);
    engine.annotateText = (text, options) => {
      if (trapsLeft > 0) {
        trapsLeft -= 1;
        throw new WebAssembly.RuntimeError('memory access out of bounds');
      }
      return annotateText(text, options);
    };
    return engine;
  };
  const core = await restartableEngine(start);
  assert.deepEqual(core.languages, ['de', 'en']);
  const text = 'Angela Merkel sprach am Montag in Berlin.';
  const options = { lang: 'de', referenceDate: '2025-03-05' };
  const expected = await core.annotate(text, options);
  assert.ok(expected.annotations.length >= 3);

  trapsLeft = 1;
  assert.deepEqual(await core.annotate(text, options), expected);
  assert.equal(started, 2, 'one fresh instance after the trap');

  trapsLeft = 2;
  await assert.rejects(core.annotate(text, options), (e) => e.name === 'LeselupeError' && /core stopped/.test(e.message));
  assert.deepEqual(await core.annotate(text, options), expected, 'the next call starts afresh');
  assert.equal(started, 4);

  // Other errors (bad input) are not traps: no restart.
  await assert.rejects(core.annotate(42, options), /text must be a string/);
  assert.equal(started, 4);
});

test('shortcutOf: Alt+Shift with arrows or kind letters (by key code, any layout); nothing else', () => {
  const k = (o) => shortcutOf({ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, key: '', code: '', ...o });
  assert.deepEqual(k({ key: 'ArrowDown' }), { dir: 1, kind: undefined });
  assert.deepEqual(k({ key: 'ArrowUp' }), { dir: -1, kind: undefined });
  // macOS types "Œ" for Alt+Shift+Q: the code still says which key it was.
  assert.deepEqual(k({ key: 'Œ', code: 'KeyQ' }), { dir: 1, kind: 'quote' });
  assert.deepEqual(k({ key: 'P', code: 'KeyP' }), { dir: 1, kind: 'person' });
  assert.deepEqual(k({ key: 'O', code: 'KeyO', ctrlKey: true }), { dir: -1, kind: 'place' });
  assert.deepEqual(k({ key: 'D', code: 'KeyD' }), { dir: 1, kind: 'date' });
  assert.equal(k({ key: 'X', code: 'KeyX' }), null);
  assert.equal(k({ key: 'ArrowDown', shiftKey: false }), null, 'Alt+↓ alone is the page\'s');
  assert.equal(k({ key: 'ArrowDown', altKey: false }), null, 'Shift+↓ selects text');
  assert.equal(k({ key: 'ArrowDown', metaKey: true }), null);
  assert.equal(k({ key: 'ArrowDown', ctrlKey: true }), null);
});

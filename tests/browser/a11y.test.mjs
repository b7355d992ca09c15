// Accessibility in Chromium: axe-core on the demo and on an article with marks and an open card,
// light and dark (no violation of impact serious or critical); text contrast on every mark
// colour from the stylesheet's custom properties; forced colours (Windows high contrast).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { launch, serveSite, strictPage } from './support.mjs';
import { serveFixtures } from './web-support.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const KINDS = ['quote', 'person', 'place', 'date', 'focus'];

let browser;
let demo;
let site;
before(async () => {
  browser = await launch();
  demo = await serveSite();
  site = await serveFixtures();
});
after(async () => {
  await browser?.close();
  await demo?.close();
  await site?.close();
});

/** axe-core's violations of impact serious or critical in the page, as readable lines. */
async function seriousViolations(page) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function luminance([r, g, b]) {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The stylesheet's colours, resolved by the browser (rgb[a] → [r, g, b, a]). */
function themeColours(page) {
  return page.evaluate((kinds) => {
    const probe = document.createElement('div');
    document.body.appendChild(probe);
    const read = (name) => {
      probe.style.backgroundColor = `var(${name})`;
      const m = getComputedStyle(probe).backgroundColor.match(/[\d.]+/g).map(Number);
      return [m[0], m[1], m[2], m[3] ?? 1];
    };
    const out = { markFg: read('--leselupe-mark-fg') };
    for (const k of kinds) out[k] = read(`--leselupe-${k}-bg`);
    for (const k of ['card-bg', 'card-fg', 'card-muted', 'card-accent']) out[k] = read(`--leselupe-${k}`);
    probe.remove();
    return out;
  }, KINDS);
}

for (const colorScheme of ['light', 'dark']) {
  test(`contrast (${colorScheme}): text on every mark colour and on the card is at least 4.5:1`, async () => {
    const page = await strictPage(browser, { colorScheme });
    await page.goto(site.fixture('news-de'));
    const c = await themeColours(page);
    const lines = [];
    for (const k of KINDS) {
      assert.equal(c[k][3], 1, `--leselupe-${k}-bg is opaque, so the page behind it cannot lower the contrast`);
      const ratio = contrast(c.markFg, c[k]);
      lines.push(`${k} ${ratio.toFixed(2)}`);
      assert.ok(ratio >= 4.5, `${colorScheme}: text on ${k} marks ${ratio.toFixed(2)}:1`);
    }
    for (const k of ['card-fg', 'card-muted', 'card-accent']) {
      const ratio = contrast(c[k], c['card-bg']);
      lines.push(`${k} ${ratio.toFixed(2)}`);
      assert.ok(ratio >= 4.5, `${colorScheme}: ${k} on the card ${ratio.toFixed(2)}:1`);
    }
    // The kinds' backgrounds differ from each other (the colour cue, besides the underline).
    for (let i = 0; i < KINDS.length; i += 1) {
      for (let j = i + 1; j < KINDS.length; j += 1) assert.notDeepEqual(c[KINDS[i]], c[KINDS[j]], `${KINDS[i]} and ${KINDS[j]}`);
    }
    console.log(`contrast ${colorScheme}: ${lines.join(', ')}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('forced colours (Windows high contrast): system colours, kinds told apart by underline style', async () => {
  const page = await strictPage(browser, { forcedColors: 'active' });
  await page.goto(site.fixture('news-de'));
  const styles = await page.evaluate(async () => {
    const L = await import('/leselupe/index.js');
    const a = await L.createAnnotator({ mode: 'wrap' });
    await a.annotate(document.getElementById('story'));
    const out = {};
    for (const k of ['quote', 'person', 'place', 'date']) {
      const m = document.querySelector(`mark[data-leselupe="${k}"]`);
      const s = getComputedStyle(m);
      out[k] = { style: s.textDecorationStyle, line: s.textDecorationLine, bg: s.backgroundColor, fg: s.color };
    }
    return { out, forced: matchMedia('(forced-colors: active)').matches };
  });
  assert.ok(styles.forced);
  const kinds = Object.values(styles.out);
  assert.equal(new Set(kinds.map((s) => s.style)).size, 4, JSON.stringify(styles.out));
  for (const s of kinds) {
    assert.match(s.line, /underline/);
    assert.notEqual(s.bg, 'rgba(0, 0, 0, 0)');
    assert.notEqual(s.bg, s.fg);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

for (const colorScheme of ['light', 'dark']) {
  for (const ui of ['en', 'de']) {
    test(`axe (${colorScheme}, UI ${ui}): the demo has no serious or critical violation`, async () => {
      const page = await strictPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
      await page.goto(`${demo.url}?ui=${ui}`);
      await page.waitForSelector('body[data-ready="de-gipfel"]');
      assert.equal(await page.getAttribute('html', 'lang'), ui);
      const found = await seriousViolations(page);
      assert.deepEqual(found, []);
      await page.close();
    });
  }

  test(`axe (${colorScheme}): an article with marks and an open card has no serious or critical violation`, async () => {
    for (const mode of ['highlight', 'wrap']) {
      const page = await strictPage(browser, { colorScheme, viewport: { width: 1000, height: 800 } });
      await page.goto(site.fixture('reader'));
      await page.evaluate(async (mode) => {
        const L = await import('/leselupe/index.js');
        const a = await L.createAnnotator({ mode });
        await a.annotate(document.getElementById('story'));
        const quote = a.result().annotations.find((x) => x.type === 'quote' && x.speaker);
        a.focus(quote);
        window.annotator = a;
      }, mode);
      assert.equal(await page.evaluate(() => document.querySelector('.leselupe-card')?.hidden), false, 'the card is open');
      const found = await seriousViolations(page);
      assert.deepEqual(found, [], mode);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
  });
}

import path from 'node:path';
import { loadCorpus } from './tests/eval/corpus.mjs';
import { ROOT, launch, openFixture, serveFixtures } from './tests/browser/web-support.mjs';
const browser = await launch(); const site = await serveFixtures();
const paragraphs = loadCorpus(path.join(ROOT, 'tests', 'corpus')).filter((a) => a.lang === 'de').flatMap((a) => a.text.split('\n\n').slice(1));
const page = await openFixture(browser, site, 'structure');
const out = await page.evaluate(async ({ paragraphs }) => {
  const root = document.createElement('article'); root.lang = 'de';
  let n = 0; for (let i = 0; n < 5e6; i++) { const p = document.createElement('p'); p.textContent = paragraphs[i % paragraphs.length]; root.appendChild(p); n += p.textContent.length + 2; }
  document.body.appendChild(root);
  await new Promise(r => setTimeout(r, 100));
  const t = {}; let t0 = performance.now();
  const ex = L.extractText(root); t.extract = performance.now() - t0;
  t0 = performance.now(); const ex2 = L.extractText(root); t.extract2 = performance.now() - t0;
  const a = await L.createAnnotator({ worker: true });
  const lt = []; const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) lt.push([Math.round(e.startTime), Math.round(e.duration)]); }); po.observe({ type: 'longtask' });
  const marks = []; const orig = performance.now();
  t0 = performance.now(); await a.annotate(root, { referenceDate: '2025-11-10' }); t.annotate = performance.now() - t0;
  await new Promise(r => setTimeout(r, 200));
  po.disconnect();
  return { t, lt: lt.map(([s, d]) => [s - Math.round(orig), d]), len: ex.text.length };
}, { paragraphs });
console.log(JSON.stringify(out));
await browser.close(); await site.close();

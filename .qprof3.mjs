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
  const lt = []; const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) lt.push([Math.round(e.startTime), Math.round(e.duration)]); }); po.observe({ type: 'longtask' });
  const orig = performance.now();
  const h = new Highlight();
  const ps = root.children; const ev = [];
  for (let b = 0; b < 50; b++) {
    const t0 = performance.now();
    for (let k = 0; k < 1500; k++) { const p = ps[(b * 1500 + k) % ps.length]; const r = document.createRange(); r.setStart(p.firstChild, 0); r.setEnd(p.firstChild, 5); h.add(r); }
    ev.push(Math.round(performance.now() - t0));
    await new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  }
  const t1 = performance.now(); CSS.highlights.set('leselupe-person', h); const tset = performance.now() - t1;
  await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0))); const tframe = performance.now() - t1;
  await new Promise(r => setTimeout(r, 500));
  po.disconnect(); ev.push({tset, tframe, total: performance.now() - orig});
  return { lt: lt.map(([s, d]) => [s - Math.round(orig), d]), ev };
}, { paragraphs });
console.log(JSON.stringify(out));
await browser.close(); await site.close();

// The demo page: marks the chosen sample article on load and when the choice changes.
import { createAnnotator } from './leselupe/index.js';

const status = document.getElementById('status');
const select = document.getElementById('sample');

const annotator = await createAnnotator();
window.leselupe = annotator;  // for the browser tests and curious readers

async function show(id) {
  annotator.clear();
  for (const el of document.querySelectorAll('article.sample')) el.hidden = el.id !== id;
  const article = document.getElementById(id);
  const t0 = performance.now();
  const result = await annotator.annotate(article, {
    lang: article.lang,
    referenceDate: article.dataset.published,
  });
  const ms = performance.now() - t0;
  status.textContent = `${result.annotations.length} marks · ${ms.toFixed(1)} ms`;
  document.body.dataset.ready = id;
}

select.addEventListener('change', () => show(select.value));
await show(select.value);

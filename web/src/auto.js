// One tag for a whole page:
//   <link rel="stylesheet" href="/leselupe/leselupe.css">
//   <script type="module" src="/leselupe/auto.js"></script>
// marks the page's main article with its own language and publication date. Options, if any,
// come from <meta name="leselupe" content="worker observe wrap">. Other scripts can wait for
// the annotator: `import { ready } from '/leselupe/auto.js'; const annotator = await ready;`
// or listen for the 'leselupe:ready' event on document (detail: the annotator).
import { annotatePage } from './index.js';

const words = (document.querySelector('meta[name="leselupe"]')?.getAttribute('content') ?? '')
  .split(/[\s,]+/).filter(Boolean);

export const ready = annotatePage({
  worker: words.includes('worker'),
  observe: words.includes('observe'),
  mode: words.includes('wrap') ? 'wrap' : undefined,
}).then((annotator) => {
  document.dispatchEvent(new CustomEvent('leselupe:ready', { detail: annotator }));
  return annotator;
});

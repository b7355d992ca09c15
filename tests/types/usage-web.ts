// Uses the browser API as a page would; `tsc -p tests/types` fails when web/index.d.ts and
// this use disagree (a renamed option, a wrong return type). It is type-checked, never run.
import {
  annotatePage, countryName, createAnnotator, extractText, findArticle, formatDate, LeselupeError, readPageContext,
  summarize, today,
} from '../../web/index.js';
import type { Annotation, Kind, Result, Summary } from '../../web/index.js';

export async function usage(root: Element): Promise<void> {
  const annotator = await createAnnotator({ worker: false, mode: 'highlight', cards: true, keys: true, observe: { debounce: 100 } });
  const mode: 'highlight' | 'wrap' = annotator.mode;
  const result: Result = await annotator.annotate(root, { lang: 'de', referenceDate: '2025-11-10', kinds: ['person', 'date'] });
  await annotator.annotate({ root, kinds: 'person,place' });
  const plain: Result = await annotator.annotateText('Angela Merkel sprach in Berlin.', { lang: 'auto' });
  for (const a of [...result.annotations, ...plain.annotations]) {
    const kind: Kind = a.type;
    const range: Range | null = annotator.rangeOf(a);
    const byOffsets: Range | null = annotator.rangeOf(a.start, a.end, root);
    if (a.type === 'quote' && a.speaker) console.log(kind, a.speaker.entity ?? a.speaker.text, range, byOffsets);
    if (a.type === 'date') console.log(formatDate(a.value ?? null, a.mod, result.lang ?? 'de'), countryName(a.country, 'de'));
  }
  const summary: Summary = annotator.summary(root);
  for (const person of summary.people) console.log(person.entity, person.mentions.length, person.quotes.length);
  const focused: Annotation | null = annotator.next('person') ?? annotator.previous();
  annotator.focus(focused);
  const refreshed: Result | null = await annotator.refresh(root);
  console.log(mode, refreshed, summarize(result).places, annotator.result(root)?.lang, today());
  const { text, segments } = extractText(findArticle(document), { shadow: true });
  console.log(text.length, segments[0]?.node.data, readPageContext(root).referenceDate);
  annotator.clear(root);
  annotator.destroy();
  const page = await annotatePage({ kinds: ['quote'], worker: true });
  page.destroy();
  try {
    await createAnnotator({ wasmUrl: '/leselupe.wasm' });
  } catch (e) {
    if (e instanceof LeselupeError) console.log(e.message);
  }
}

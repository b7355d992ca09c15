// Uses the Node entry as a script would (web/node.d.ts); type-checked by tsc, never run.
import { createAnnotator, LeselupeError } from '../../web/node.js';
import type { Result } from '../../web/node.js';

export async function usage(): Promise<void> {
  const annotator = await createAnnotator();
  const result: Result = annotator.annotateText('Angela Merkel sprach in Berlin.', { lang: 'de', kinds: ['person'] });
  const json: string = annotator.annotateJson('Text', { referenceDate: '2025-11-10' });
  annotator.loadData(new Uint8Array(0));
  console.log(result.annotations.length, json.length, annotator.heapBytes());
  try {
    annotator.annotateText('x', { lang: 'xx' });
  } catch (e) {
    if (e instanceof LeselupeError) console.log(e.message);
  }
}

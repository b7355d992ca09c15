// Types of the Node entry (web/src/node.js): the core alone, no DOM. Its calls are synchronous
// (the module is instantiated once, in createAnnotator).
import type { AnnotateOptions, Result } from './index.js';

export { LeselupeError, today } from './index.js';
export type { Annotation, AnnotateOptions, Kind, Result, Speaker } from './index.js';

export interface NodeAnnotator {
  /** The JSON contract as a string, exactly as the CLI prints it. */
  annotateJson(text: string, options?: Pick<AnnotateOptions, 'lang' | 'referenceDate' | 'kinds'>): string;
  /** The same, parsed. */
  annotateText(text: string, options?: Pick<AnnotateOptions, 'lang' | 'referenceDate' | 'kinds'>): Result;
  /** Replaces the compiled-in data with a leselupe.dat (tools/data/pack.py). */
  loadData(bytes: Uint8Array): void;
  /** The size of the WebAssembly heap in bytes. */
  heapBytes(): number;
}

/** Loads the CommonJS flavour of the module and its .wasm from disk. */
export function createAnnotator(options?: { modulePath?: string }): Promise<NodeAnnotator>;

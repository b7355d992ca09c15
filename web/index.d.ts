// Types of the Leselupe web wrapper (hand-written; see README "The JS API").

export type Kind = 'person' | 'place' | 'date' | 'quote';

export interface Speaker {
  text: string;
  entity: string | null;
  start: number;
  end: number;
}

export interface Annotation {
  type: Kind;
  /** UTF-16 code units into the text, half-open. */
  start: number;
  end: number;
  text: string;
  /** person, place: the canonical name. */
  entity?: string;
  /** place: ISO 3166-1 alpha-2, where known. */
  country?: string;
  /** date: ISO 8601, or null when it cannot be resolved. */
  value?: string | null;
  mod?: 'START' | 'MID' | 'END';
  /** quote: who said it, or null. */
  speaker?: Speaker | null;
}

export interface Result {
  lang: string;
  reference_date: string | null;
  annotations: Annotation[];
}

export interface AnnotateOptions {
  /** 'de', 'en' or 'auto' (default). */
  lang?: string;
  /** YYYY-MM-DD; default: today. */
  referenceDate?: string;
  /** Which kinds to find; default: all. */
  kinds?: Kind[] | string;
}

export interface CreateOptions {
  /** Where leselupe.wasm is; default: beside the module. */
  wasmUrl?: string;
  /** 'highlight' (CSS Custom Highlight API, default where supported) or 'wrap' (<mark> elements). */
  mode?: 'highlight' | 'wrap';
}

export interface Annotator {
  readonly mode: 'highlight' | 'wrap';
  annotateText(text: string, options?: AnnotateOptions): Result;
  annotate(root: Element, options?: AnnotateOptions): Promise<Result>;
  clear(root?: Element): void;
}

export class LeselupeError extends Error {}

export function createAnnotator(options?: CreateOptions): Promise<Annotator>;

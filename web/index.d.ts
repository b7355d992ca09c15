// Types of the Leselupe web wrapper (hand-written; see README "The web API").
// Offsets everywhere are UTF-16 code units (JavaScript string indices) into the text that
// Leselupe extracted from the annotated element (see `extractText`), half-open [start, end).

export type Kind = 'person' | 'place' | 'date' | 'quote';

export interface Speaker {
  /** The mention that attributes the quote, as written. */
  text: string;
  /** The canonical name of the person; null for an organisation or an unnamed speaker. */
  entity: string | null;
  start: number;
  end: number;
}

export interface Annotation {
  type: Kind;
  start: number;
  end: number;
  text: string;
  /** person, place: the canonical name. */
  entity?: string;
  /** place: ISO 3166-1 alpha-2, where known. */
  country?: string;
  /** date: ISO 8601 (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, or an interval start/end), or null. */
  value?: string | null;
  /** date: part of the period. */
  mod?: 'START' | 'MID' | 'END';
  /** quote: who said it, or null. */
  speaker?: Speaker | null;
}

/** The JSON contract of the core (the same as the CLI prints). */
export interface Result {
  /**
   * The language used: one of the core's languages (the detected one when 'auto' was asked),
   * or null when the text is in none of them — then nothing is marked and `reason` says why.
   */
  lang: string | null;
  /** Why nothing was annotated (a page in a language the core does not know), when so. */
  reason?: string;
  /** YYYY-MM-DD: the reference date used for relative dates. */
  reference_date: string | null;
  /** Sorted by start. */
  annotations: Annotation[];
}

/** A place in the text: [start, end) and the text there. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

/**
 * `annotator.summary()`: who is named and quoted, where and when — in document order
 * (people and places by their first mention, dates by position).
 */
export interface Summary {
  people: Array<{
    /** Canonical name (a person's fullest form in the text). */
    entity: string;
    /** Every mention, in document order; `mentions.length` is how often the person is named. */
    mentions: Mention[];
    /** The quotes attributed to this person, in document order. */
    quotes: Mention[];
  }>;
  places: Array<{
    /** Canonical name in the text's language. */
    entity: string;
    /** ISO 3166-1 alpha-2, or null when unknown. */
    country: string | null;
    /** Every mention, in document order. */
    mentions: Mention[];
  }>;
  dates: Array<{
    /** As written. */
    text: string;
    /** ISO 8601, or null when it cannot be resolved. */
    value: string | null;
    mod: 'START' | 'MID' | 'END' | null;
    start: number;
  }>;
}

export interface AnnotateOptions {
  /**
   * One of annotator.languages or 'auto' (the core detects it, and finds nothing in a text of
   * another language). Default: the page's language — the nearest `lang` attribute of the
   * element (up to <html lang>), else meta content-language — when the core knows it; a page
   * declaring another language gets no marks (result.lang null, result.reason); a page
   * declaring none: 'auto'.
   */
  lang?: string;
  /**
   * YYYY-MM-DD, the date relative dates count from ("on Sunday"). Default, or 'auto': the
   * page's publication date (JSON-LD datePublished, article:published_time and the other
   * publication metas, schema.org datePublished, a <time datetime> or a dateline near the
   * headline), else today.
   */
  referenceDate?: string;
  /** Which kinds to find (array or comma-separated); default: all. */
  kinds?: Kind[] | string;
  /**
   * Keep the marks up to date while the page changes (MutationObserver, debounced): only
   * paragraphs whose text changed are annotated again. `{ debounce: ms }` (default 150).
   * Stopped by clear().
   */
  observe?: boolean | { debounce?: number };
  /** Also read text inside open shadow roots (default: shadow DOM is left alone). */
  shadow?: boolean;
  /**
   * The element to annotate when `annotate(options)` is called without one. An element the
   * site names is annotated whole; without one the article is found with readArticle() and
   * what Reader View leaves out of it is never marked.
   */
  root?: Element;
}

export interface CreateOptions {
  /** URL of leselupe.wasm; default: beside the module. The only network request made. */
  wasmUrl?: string;
  /** The .wasm bytes themselves (no request at all). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /**
   * Run the core in a module Web Worker (web/worker.js); the main thread only extracts text,
   * maps offsets and marks. Default false: the core runs on the main thread. Either way the
   * core sees the whole text of a root in one call, so the result is the same.
   */
  worker?: boolean;
  /**
   * A core of the caller's own instead of loading the WebAssembly (e.g. an extension's
   * service worker reached by messaging): no .wasm and no worker is loaded then.
   */
  core?: CoreClient;
  /**
   * URL of worker.js; default: beside the module. Where Trusted Types are enforced, the
   * worker URL goes through a policy named 'leselupe'.
   */
  workerUrl?: string | URL;
  /**
   * 'highlight' (CSS Custom Highlight API: no DOM change at all; the default where
   * supported) or 'wrap' (<mark data-leselupe="kind" data-leselupe-index="i"> elements).
   */
  mode?: 'highlight' | 'wrap';
  /** Cards on hover and focus (default true). */
  cards?: boolean;
  /**
   * Keyboard shortcuts (default false: a page may have its own): Alt+Shift+↓/↑ next/previous
   * mark; Alt+Shift+Q/P/O/D next quote/person/place/date, with Ctrl the previous one. The card
   * takes the focus (Tab reaches "go to speaker"); Escape closes it and gives the focus back.
   */
  keys?: boolean;
  /** Default for AnnotateOptions.observe. */
  observe?: boolean | { debounce?: number };
  /** Default for AnnotateOptions.shadow. */
  shadow?: boolean;
  /**
   * Called after `observe` brought the marks of a root up to date. The whole text is annotated
   * again when it changed (so the result equals a fresh annotate()); `changed` (and its older
   * name `reannotated`) counts the code units of the paragraphs that changed, 0 when only
   * nodes were replaced.
   */
  onUpdate?: (root: Element, result: Result, info: { changed: number; reannotated: number }) => void;
  /** The window to work in (e.g. a same-origin iframe's contentWindow); default: this one. */
  window?: Window;
}

/** What the wrapper needs of a core: see CreateOptions.core. */
export interface CoreClient {
  annotate(text: string, options: { lang: string; referenceDate: string; kinds: Kind[] | string }): Promise<Result> | Result;
  /** The languages the core's data knows, e.g. ['de', 'en']. */
  languages: string[] | (() => string[] | Promise<string[]>);
}

export interface Annotator {
  readonly mode: 'highlight' | 'wrap';
  /** The languages the core knows (from the core's data), e.g. ['de', 'en']. */
  readonly languages: string[];
  /** True when the core runs in a worker. */
  readonly worker: boolean;
  /** The annotation in focus (next/previous/focus/jump to speaker), or null. */
  readonly focused: Annotation | null;

  /** Annotations of a plain text, exactly as the CLI prints them. */
  annotateText(text: string, options?: AnnotateOptions): Promise<Result>;
  /**
   * Finds and marks the annotations inside `root` (default: the page's main article).
   * Calling it again re-annotates (twice equals once). Concurrent calls on the same root
   * queue; the newest wins and every pending call resolves with its result.
   */
  annotate(root?: Element, options?: AnnotateOptions): Promise<Result>;
  annotate(options: AnnotateOptions): Promise<Result>;
  /** Annotates `root` again when its text changed, and re-marks it (what `observe` does). */
  refresh(root?: Element): Promise<Result | null>;
  /**
   * Removes every mark from `root` (all roots when omitted) and stops observing it: the DOM is
   * exactly as before (wrap mode), every highlight is gone (highlight mode).
   */
  clear(root?: Element): void;
  /** The result of the last annotate() of `root` (default: the last root annotated). */
  result(root?: Element): Result | null;
  /** People (with their quotes), places and dates, in document order. */
  summary(root?: Element): Summary;
  /** A DOM Range for an annotation (or for offsets start..end) of the root's text. */
  rangeOf(annotation: { start: number; end: number }, _?: undefined, root?: Element): Range | null;
  rangeOf(start: number, end: number, root?: Element): Range | null;
  /**
   * Moves the focus marker (the 'leselupe-focus' highlight, or data-leselupe-focus on marks)
   * and the card to the next / previous mark (of one kind, or of any), scrolling it into view;
   * wraps around. Returns the annotation in focus, or null when there is none.
   */
  next(kind?: Kind): Annotation | null;
  previous(kind?: Kind): Annotation | null;
  /** Focuses one annotation (from result() or summary() offsets); null removes the focus. */
  focus(annotation: { start: number; end: number; type?: Kind } | null, root?: Element): Annotation | null;
  /** clear() everything, remove the card and listeners, end the worker. */
  destroy(): void;
}

export class LeselupeError extends Error {}

export function createAnnotator(options?: CreateOptions): Promise<Annotator>;

/** One call for a whole page: createAnnotator(options) + annotate(options.root ?? the article, options). */
export function annotatePage(options?: CreateOptions & AnnotateOptions): Promise<Annotator>;

/**
 * The main article as Firefox's Reader View finds it (Mozilla Readability on a clone of the
 * document, mapped back to the live nodes): the element holding it, and the nodes inside that
 * are not article (galleries, related links, comments, share bars, ads, captions), which are
 * never marked. Where Readability finds nothing: the densest block of paragraphs.
 */
export function readArticle(doc?: Document): { root: Element; exclude: Set<Node>; source: 'readability' | 'density' };

/** readArticle(doc).root */
export function findArticle(doc?: Document): Element;

export interface PageContext {
  /** The page's language when it is one of `languages`, or null. */
  lang: string | null;
  /** The language the page declares (primary subtag, e.g. 'fr'), or null. */
  declared: string | null;
  /** Set when the page declares a language not among `languages`. */
  reason?: string;
  /** YYYY-MM-DD publication date, or null. */
  referenceDate: string | null;
  /** Where each came from ('html[lang]', '[lang]', 'meta'; 'json-ld', 'meta <key>', 'dateline', …). */
  source: { lang: string | null; referenceDate: string | null };
}

/**
 * Language and publication date of the article under `root` (default: findArticle()).
 * `languages`: the languages to accept (annotator.languages); default: any.
 */
export function readPageContext(root?: Element, doc?: Document, languages?: string[]): PageContext;

/** The text Leselupe reads from an element, and the text nodes behind it. */
export function extractText(root: Element, options?: { shadow?: boolean; computedStyle?: boolean; exclude?: Set<Node> }): {
  text: string;
  segments: Array<{ node: Text; start: number }>;
};

/** A normalized date value written for the reader ("Sonntag, 9. November 2025"). */
export function formatDate(value: string | null, mod: 'START' | 'MID' | 'END' | null | undefined, lang: string): string;

/** A country name in `lang` from an ISO 3166-1 alpha-2 code. */
export function countryName(code: string | null | undefined, lang: string): string | null;

/** summary() of a Result (e.g. from annotateText). */
export function summarize(result: Result): Summary;

/** Today as YYYY-MM-DD (local time). */
export function today(): string;

/** Whether the text extractor skips an element (script, nav, aside, hidden, …). */
export function skippedElement(el: Element): boolean;

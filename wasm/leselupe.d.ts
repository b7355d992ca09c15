// Types of the raw WebAssembly module (build/web/leselupe.mjs). Hand-written: Emscripten
// 3.1.6 cannot generate them. Applications use the wrapper in web/, not this module.

export interface ModuleOptions {
  lang: string;           // "de", "en" or "auto"
  referenceDate: string;  // YYYY-MM-DD
  kinds: string;          // e.g. "person,place,date,quote"
}

export interface Outcome {
  ok: boolean;
  json: string;   // the JSON contract when ok
  error: string;  // a message when not
}

export interface LeselupeModule {
  annotate(text: string, options: ModuleOptions): Outcome;
  /** Replaces the compiled-in data with a leselupe.dat. */
  loadData(bytes: Uint8Array): Outcome;
  /** The languages the data knows, comma-separated in `json` ("de,en"). */
  languages(): Outcome;
  /** Bytes allocated and not freed (mallinfo): the live heap. */
  heapInUse(): number;
  HEAP8: Int8Array;
}

export interface ModuleFactoryOptions {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?(path: string, prefix: string): string;
  instantiateWasm?(imports: WebAssembly.Imports,
                   done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void): unknown;
}

declare function createLeselupeModule(options?: ModuleFactoryOptions): Promise<LeselupeModule>;
export default createLeselupeModule;

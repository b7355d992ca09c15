// The Leselupe demo: a reader view that marks the chosen article, a "Who said what" panel,
// per-kind toggles, language and reference date, your own text, and live figures.
// Static files only; works under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
import { createAnnotator, extractText, today } from './leselupe/index.js';
import { panelModel } from './panel-model.js';
import { renderPanel } from './panel.js';
import { looksLikeHtml, sanitizeHtml, textToFragment } from './sanitize.js';
import { applyStrings, chooseUiLang } from './ui-strings.js';

const KINDS = ['quote', 'person', 'place', 'date'];
const $ = (id) => document.getElementById(id);
const ui = {
  sample: $('sample'), refdate: $('refdate'), status: $('status'), paste: $('paste'),
  own: $('own'), ownInput: $('own-input'), ownGo: $('own-go'), ownClear: $('own-clear'),
  ownFormat: $('own-format'), reader: $('reader'), panel: $('panel'),
};
const uiLang = chooseUiLang();
const t = applyStrings(uiLang);
const num = (n, digits = 0) => n.toLocaleString(uiLang, { minimumFractionDigits: digits, maximumFractionDigits: digits });

const state = {
  id: null,           // the shown article's id
  result: null,       // the full result (all kinds) of the shown article
  pasted: null,       // { plain, html } of the last HTML paste, while the box still holds it
  run: 0,             // guards against overlapping runs
};

function setStatus(text, kind = 'info') {
  ui.status.textContent = text;
  ui.status.dataset.kind = kind;
}

function enabledKinds() {
  return KINDS.filter((k) => $(`kind-${k}`).checked);
}

function options() {
  const lang = document.querySelector('input[name="lang"]:checked')?.value ?? 'auto';
  const referenceDate = ui.refdate.value || today();
  return { lang, referenceDate };
}

/** The article named in the address (#article=de-gipfel); not a plain #id, which would scroll. */
function hashId() {
  return /^#article=([\w-]+)$/.exec(location.hash)?.[1] ?? null;
}

function currentArticle() {
  return state.id === 'own' ? ui.own : $(state.id);
}

// --- annotating ----------------------------------------------------------------------------

let annotator;

/** Annotates the shown article: everything for the panel, then the enabled kinds as marks. */
async function annotateArticle() {
  const run = ++state.run;
  const article = currentArticle();
  annotator.clear();
  state.result = null;
  if (!article || !article.textContent.trim()) {
    renderPanel(ui.panel, null, { jump, t: t.panel, uiLang });
    figures(null);
    setStatus(state.id === 'own' ? t.ownEmpty : t.nothing);
    document.body.dataset.ready = state.id;
    document.body.dataset.kinds = enabledKinds().join(',');
    return;
  }
  const opts = options();
  try {
    const t0 = performance.now();
    const result = await annotator.annotate(article, opts);
    const ms = performance.now() - t0;
    if (run !== state.run) return;
    state.result = result;
    renderPanel(ui.panel, panelModel(result), { jump, lang: result.lang, t: t.panel, uiLang });
    const text = extractText(article).text;
    figures({ ms, result, text });
    const detected = opts.lang === 'auto' ? t.detected(t.langNames[result.lang] ?? result.lang) : '';
    setStatus(t.marksIn(result.annotations.length, formatMs(ms)) + detected);
    await markKinds({ fresh: true });
  } catch (error) {
    if (run !== state.run) return;
    renderPanel(ui.panel, null, { jump, t: t.panel, uiLang });
    setStatus(t.annotateFailed(error.message), 'error');
  }
  if (run !== state.run) return;
  document.body.dataset.ready = state.id;
}

/** Marks only the enabled kinds; the panel keeps showing everything. */
async function markKinds({ fresh = false } = {}) {
  const article = currentArticle();
  const kinds = enabledKinds();
  if (state.result && article) {
    if (kinds.length === 0) {
      annotator.clear(article);
    } else if (kinds.length < KINDS.length) {
      await annotator.annotate(article, { ...options(), kinds });
    } else if (!fresh) {
      // All kinds again: re-mark (a few ms) so the page shows exactly what the panel lists.
      await annotator.annotate(article, options());
    }
    const shown = kinds.length === 0 ? 0 : state.result.annotations.filter((a) => kinds.includes(a.type)).length;
    $('fig-marks').textContent = describeMarks(state.result, kinds, shown);
  }
  for (const k of KINDS) ui.panel.classList.toggle(`off-${k}`, !kinds.includes(k));
  document.body.dataset.kinds = kinds.join(',');
}

// --- jumping from the panel to the text ------------------------------------------------------

let focusTimer;
function jump(start, end) {
  const article = currentArticle();
  if (!article || !state.result) return;
  const range = annotator.rangeOf(start, end, article);
  if (!range) return;
  if (globalThis.CSS?.highlights && typeof Highlight === 'function') {
    const h = new Highlight(range);
    h.priority = 5;
    CSS.highlights.set('leselupe-demo-focus', h);
    clearTimeout(focusTimer);
    focusTimer = setTimeout(() => CSS.highlights.delete('leselupe-demo-focus'), 2400);
  } else {
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
  const rect = range.getBoundingClientRect();
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (rect.top < 80 || rect.bottom > innerHeight - 40) {
    scrollTo({ top: scrollY + rect.top - innerHeight * 0.3, behavior: reduce ? 'auto' : 'smooth' });
  }
}

// --- figures --------------------------------------------------------------------------------

function formatMs(ms) {
  return ms < 10 ? `${num(ms, 1)} ms` : `${num(Math.round(ms))} ms`;
}

function formatBytes(n) {
  if (n >= 1e6) return `${num(n / 1e6, 2)} MB`;
  if (n >= 1e3) return `${num(n / 1e3, n >= 1e5 ? 0 : 1)} kB`;
  return `${n} B`;
}

function describeMarks(result, kinds, shown) {
  const count = (k) => result.annotations.filter((a) => a.type === k).length;
  const parts = KINDS.map((k) => `${count(k)} ${t.kindCount[k]}`);
  return kinds.length === KINDS.length ? parts.join(' · ') : t.shownOf(shown, result.annotations.length, parts.join(' · '));
}

/** Bytes of the core (.wasm) and of the JavaScript this page loaded. */
export function loadedBytes() {
  let wasm = 0;
  let js = 0;
  let files = 0;
  for (const e of performance.getEntriesByType('resource')) {
    const path = new URL(e.name, location.href).pathname;
    const size = e.encodedBodySize || e.transferSize || e.decodedBodySize || 0;
    if (path.endsWith('.wasm')) wasm += size;
    else if (/\.m?js$/.test(path)) js += size;
    else continue;
    files += 1;
  }
  return { wasm, js, files };
}

let startupMs = null;
function figures(run) {
  const bytes = loadedBytes();
  $('fig-bytes').textContent = t.bytes(formatBytes(bytes.wasm), formatBytes(bytes.js), bytes.files);
  $('fig-startup').textContent = startupMs == null ? '–' : t.startup(formatMs(startupMs));
  if (!run) {
    for (const id of ['fig-time', 'fig-text', 'fig-marks']) $(id).textContent = '–';
    return;
  }
  const words = run.text.trim().split(/\s+/).length;
  $('fig-time').textContent = t.findMark(formatMs(run.ms));
  $('fig-text').textContent = t.wordsChars(num(words), num(run.text.length));
  $('fig-marks').textContent = describeMarks(run.result, KINDS, run.result.annotations.length);
}

// --- choosing what to read ------------------------------------------------------------------

async function show(id) {
  state.id = id;
  for (const el of document.querySelectorAll('article.story')) el.hidden = el.id !== id;
  const own = id === 'own';
  ui.paste.hidden = !own;
  ui.own.hidden = !own || !ui.own.hasChildNodes();
  if (!own) {
    const article = $(id);
    ui.refdate.value = article.dataset.published;
  } else if (!ui.refdate.value) {
    ui.refdate.value = today();
  }
  if (hashId() !== id) history.replaceState(null, '', `#article=${id}`);
  await annotateArticle();
}

function renderOwn() {
  const value = ui.ownInput.value;
  let fragment;
  let format;
  if (state.pasted && state.pasted.plain === value) {
    fragment = sanitizeHtml(state.pasted.html);
    format = t.readHtmlPasted;
  } else if (looksLikeHtml(value)) {
    fragment = sanitizeHtml(value);
    format = t.readHtmlSource;
  } else {
    fragment = textToFragment(value);
    format = value.trim() ? t.readPlain : '';
  }
  ui.own.replaceChildren(fragment);
  ui.own.hidden = !ui.own.hasChildNodes();
  ui.ownFormat.textContent = format;
  return annotateArticle();
}

function onPaste(event) {
  const html = event.clipboardData?.getData('text/html');
  if (!html) {
    state.pasted = null;
    setTimeout(renderOwn, 0);  // after the browser has inserted the text
    return;
  }
  event.preventDefault();
  const box = ui.ownInput;
  const holder = document.createElement('div');
  holder.appendChild(sanitizeHtml(html));
  const plain = extractText(holder).text.trim();
  box.setRangeText(plain, box.selectionStart, box.selectionEnd, 'end');
  state.pasted = box.value === plain ? { plain, html } : null;
  renderOwn();
}

// --- start ----------------------------------------------------------------------------------

async function start() {
  const t0 = performance.now();
  try {
    annotator = await createAnnotator({ keys: true });
  } catch (error) {
    setStatus(t.coreFailed(error.message), 'error');
    document.body.dataset.ready = 'error';
    return;
  }
  // The first call sets up the core's data (a one-off): count it as start-up, not as annotating.
  annotator.annotateText('Berlin, 1. Januar 2025.', { lang: 'de', referenceDate: '2025-01-01' });
  startupMs = performance.now() - t0;
  window.leselupe = annotator;  // for the browser tests and curious readers

  ui.sample.addEventListener('change', () => show(ui.sample.value));
  for (const k of KINDS) $(`kind-${k}`).addEventListener('change', () => markKinds());
  for (const r of document.querySelectorAll('input[name="lang"]')) r.addEventListener('change', annotateArticle);
  ui.refdate.addEventListener('change', () => {
    if (ui.refdate.validity.valid && ui.refdate.value) annotateArticle();
  });
  ui.ownGo.addEventListener('click', renderOwn);
  ui.ownClear.addEventListener('click', () => {
    ui.ownInput.value = '';
    state.pasted = null;
    renderOwn();
    ui.ownInput.focus();
  });
  ui.ownInput.addEventListener('paste', onPaste);
  ui.ownInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) renderOwn();
  });
  $('controls').addEventListener('submit', (e) => e.preventDefault());
  addEventListener('hashchange', () => {
    const id = hashId();
    if (id !== state.id && [...ui.sample.options].some((o) => o.value === id)) {
      ui.sample.value = id;
      show(id);
    }
  });

  const wanted = hashId();
  if ([...ui.sample.options].some((o) => o.value === wanted)) ui.sample.value = wanted;
  await show(ui.sample.value);
}

start();

// The demo's own UI strings, German and English, in one place. The UI language comes from the
// reader's browser languages (first of de/en wins, else English), overridable by ?ui=de / ?ui=en.
// index.html carries English as its written default; applyStrings() swaps in the chosen language
// at start. The sample articles are content with their own lang and are not translated.
// Strings may contain <kbd>…</kbd> (and only that); it becomes a <kbd> element, never HTML.

export const STRINGS = {
  en: {
    langNames: { de: 'German', en: 'English' },
    title: 'Leselupe — who said what, where and when',
    description: 'Leselupe marks who is quoted, who is named, where and when in a news article: in the page, on your device.',
    text: {
      skip: 'Skip to the article',
      tagline: 'Who said what, where and when — marked right in the article.',
      taglineMore: ' Runs on your device; no text leaves the page.',
      articleLabel: 'Article',
      ownOption: 'Paste text or HTML …',
      kindsLegend: 'Mark',
      kindQuote: 'Quotes', kindPerson: 'People', kindPlace: 'Places', kindDate: 'Dates',
      langLegend: 'Language', langAuto: 'Auto',
      refdateLabel: 'Reference date',
      refdateHelp: 'Relative dates such as “on Sunday” are resolved from this date, usually the day the article was published.',
      status: 'Loading the language core …',
      pasteTitle: 'Your own text',
      pasteHint: 'Paste an article (plain text or copied from a web page) or HTML source. Formatting is reduced to headings, paragraphs, lists and emphasis; scripts, links and attributes are dropped. Nothing is uploaded.',
      ownInputLabel: 'Article text or HTML',
      ownGo: 'Mark this text', ownClear: 'Clear',
      legendTitle: 'How to read the marks',
      keyQuote: '„Quote“', keyQuoteHow: 'quoted speech, tinted',
      keyPerson: 'Person', keyPersonHow: 'solid underline',
      keyPlace: 'Place', keyPlaceHow: 'dashed underline',
      keyDate: 'Date', keyDateHow: 'dotted underline',
      figuresTitle: 'Live figures',
      figTime: 'Time to annotate', figText: 'Text', figMarks: 'Marks', figStartup: 'Core start-up', figBytes: 'Loaded',
      panelTitle: 'Who said what',
      peopleTitle: 'People and their quotes', peopleEmpty: 'No people found.',
      sourcesTitle: 'Other sources',
      placesTitle: 'Places', placesEmpty: 'No places found.',
      timelineTitle: 'Timeline', timelineEmpty: 'No dates found.',
      keysTitle: 'Keyboard',
      keysNextKey: '<kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>↓</kbd> / <kbd>↑</kbd>',
      keysNext: 'next / previous mark',
      keysKindKey: '<kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>Q</kbd> <kbd>P</kbd> <kbd>O</kbd> <kbd>D</kbd>',
      keysKind: 'next quote, person, place, date (with <kbd>Ctrl</kbd>: previous)',
      keysTab: 'in the card: “Go to speaker”',
      keysEsc: 'close the card',
      footer: 'Leselupe is open source (MIT). The articles above are samples written for this demo; names and quotes are invented. Everything runs in your browser with WebAssembly.',
    },
    attr: {
      controls: { 'aria-label': 'Reader settings' },
      ownGroup: { label: 'Your own' },
      own: { 'aria-label': 'Your text' },
    },
    ownEmpty: 'Paste or type a text above, then choose “Mark this text”.',
    nothing: 'Nothing to mark.',
    marksIn: (n, ms) => `${n} marks in ${ms}`,
    detected: (name) => ` · language: ${name} (detected)`,
    annotateFailed: (msg) => `Could not annotate: ${msg}`,
    coreFailed: (msg) => `The language core could not be loaded: ${msg}`,
    readHtmlPasted: 'Read as HTML (pasted formatting kept, cleaned)',
    readHtmlSource: 'Read as HTML source (cleaned)',
    readPlain: 'Read as plain text',
    kindCount: { quote: 'quotes', person: 'people', place: 'places', date: 'dates' },
    shownOf: (shown, total, parts) => `${shown} shown of ${total} (${parts})`,
    bytes: (wasm, js, files) => `${wasm} WebAssembly + ${js} JavaScript (${files} files)`,
    startup: (ms) => `${ms} (download, compile, set up)`,
    findMark: (ms) => `${ms} (find and mark)`,
    wordsChars: (w, c) => `${w} words · ${c} characters`,
    panel: {
      showInArticle: (name) => `${name}: show in the article`,
      mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
      quotes: (n) => (n === 1 ? '1 quote' : `${n} quotes`),
      noSpeaker: 'No speaker found',
      referenceDate: 'reference date',
      notResolved: 'not resolved',
      includesDate: 'includes the date',
      week: (w, y) => `Week ${w}, ${y}`,
      mod: { START: 'early', MID: 'mid', END: 'late' },
    },
  },
  de: {
    langNames: { de: 'Deutsch', en: 'Englisch' },
    title: 'Leselupe — wer was gesagt hat, wo und wann',
    description: 'Leselupe markiert in Nachrichtenartikeln, wer zitiert und wer genannt wird, wo und wann: direkt auf der Seite, auf Ihrem Gerät.',
    text: {
      skip: 'Zum Artikel springen',
      tagline: 'Wer hat was gesagt, wo und wann – direkt im Artikel markiert.',
      taglineMore: ' Läuft auf Ihrem Gerät; kein Text verlässt die Seite.',
      articleLabel: 'Artikel',
      ownOption: 'Text oder HTML einfügen …',
      kindsLegend: 'Markieren',
      kindQuote: 'Zitate', kindPerson: 'Personen', kindPlace: 'Orte', kindDate: 'Zeitangaben',
      langLegend: 'Sprache', langAuto: 'Auto',
      refdateLabel: 'Bezugsdatum',
      refdateHelp: 'Relative Angaben wie „am Sonntag“ werden von diesem Datum aus bestimmt, meist dem Erscheinungstag des Artikels.',
      status: 'Der Sprachkern wird geladen …',
      pasteTitle: 'Eigener Text',
      pasteHint: 'Fügen Sie einen Artikel ein (als reinen Text oder von einer Webseite kopiert) oder HTML-Quelltext. Von der Formatierung bleiben Überschriften, Absätze, Listen und Hervorhebungen; Skripte, Links und Attribute werden entfernt. Es wird nichts hochgeladen.',
      ownInputLabel: 'Artikeltext oder HTML',
      ownGo: 'Diesen Text markieren', ownClear: 'Leeren',
      legendTitle: 'So lesen Sie die Markierungen',
      keyQuote: '„Zitat“', keyQuoteHow: 'wörtliche Rede, farbig hinterlegt',
      keyPerson: 'Person', keyPersonHow: 'durchgehend unterstrichen',
      keyPlace: 'Ort', keyPlaceHow: 'gestrichelt unterstrichen',
      keyDate: 'Datum', keyDateHow: 'gepunktet unterstrichen',
      figuresTitle: 'Messwerte',
      figTime: 'Dauer der Analyse', figText: 'Text', figMarks: 'Markierungen', figStartup: 'Start des Kerns', figBytes: 'Geladen',
      panelTitle: 'Wer hat was gesagt',
      peopleTitle: 'Personen und ihre Zitate', peopleEmpty: 'Keine Personen gefunden.',
      sourcesTitle: 'Weitere Quellen',
      placesTitle: 'Orte', placesEmpty: 'Keine Orte gefunden.',
      timelineTitle: 'Zeitleiste', timelineEmpty: 'Keine Zeitangaben gefunden.',
      keysTitle: 'Tastatur',
      keysNextKey: '<kbd>Alt</kbd>+<kbd>Umschalt</kbd>+<kbd>↓</kbd> / <kbd>↑</kbd>',
      keysNext: 'nächste / vorige Markierung',
      keysKindKey: '<kbd>Alt</kbd>+<kbd>Umschalt</kbd>+<kbd>Q</kbd> <kbd>P</kbd> <kbd>O</kbd> <kbd>D</kbd>',
      keysKind: 'nächstes Zitat, nächste Person, nächster Ort, nächstes Datum (mit <kbd>Strg</kbd>: voriges)',
      keysTab: 'in der Karte: „Zum Sprecher“',
      keysEsc: 'Karte schließen',
      footer: 'Leselupe ist Open Source (MIT). Die Artikel oben sind Beispieltexte für diese Demo; Namen und Zitate sind erfunden. Alles läuft mit WebAssembly in Ihrem Browser.',
    },
    attr: {
      controls: { 'aria-label': 'Leseeinstellungen' },
      ownGroup: { label: 'Eigener Text' },
      own: { 'aria-label': 'Ihr Text' },
    },
    ownEmpty: 'Fügen Sie oben einen Text ein oder tippen Sie ihn, dann wählen Sie „Diesen Text markieren“.',
    nothing: 'Nichts zu markieren.',
    marksIn: (n, ms) => `${n} Markierungen in ${ms}`,
    detected: (name) => ` · Sprache: ${name} (erkannt)`,
    annotateFailed: (msg) => `Markieren fehlgeschlagen: ${msg}`,
    coreFailed: (msg) => `Der Sprachkern konnte nicht geladen werden: ${msg}`,
    readHtmlPasted: 'Als HTML gelesen (eingefügte Formatierung bereinigt übernommen)',
    readHtmlSource: 'Als HTML-Quelltext gelesen (bereinigt)',
    readPlain: 'Als reiner Text gelesen',
    kindCount: { quote: 'Zitate', person: 'Personen', place: 'Orte', date: 'Zeitangaben' },
    shownOf: (shown, total, parts) => `${shown} von ${total} angezeigt (${parts})`,
    bytes: (wasm, js, files) => `${wasm} WebAssembly + ${js} JavaScript (${files} Dateien)`,
    startup: (ms) => `${ms} (laden, übersetzen, einrichten)`,
    findMark: (ms) => `${ms} (finden und markieren)`,
    wordsChars: (w, c) => `${w} Wörter · ${c} Zeichen`,
    panel: {
      showInArticle: (name) => `${name}: im Artikel zeigen`,
      mentions: (n) => (n === 1 ? 'einmal genannt' : `${n}-mal genannt`),
      quotes: (n) => (n === 1 ? '1 Zitat' : `${n} Zitate`),
      noSpeaker: 'Kein Sprecher erkannt',
      referenceDate: 'Bezugsdatum',
      notResolved: 'nicht bestimmt',
      includesDate: 'umfasst das Datum',
      week: (w, y) => `KW ${w}/${y}`,
      mod: { START: 'Anfang', MID: 'Mitte', END: 'Ende' },
    },
  },
};

/** de or en: ?ui= if given, else the first of de/en among the browser's languages, else en. */
export function chooseUiLang(search = location.search, languages = navigator.languages ?? [navigator.language]) {
  const asked = new URLSearchParams(search).get('ui');
  if (asked && Object.hasOwn(STRINGS, asked)) return asked;
  for (const l of languages ?? []) {
    const base = String(l).toLowerCase().split('-')[0];
    if (Object.hasOwn(STRINGS, base)) return base;
  }
  return 'en';
}

/** Sets text that may hold <kbd>…</kbd> as text nodes and <kbd> elements. */
function setRich(el, text) {
  const parts = text.split(/<kbd>(.*?)<\/kbd>/);
  el.replaceChildren(...parts.map((p, i) => {
    if (i % 2 === 0) return document.createTextNode(p);
    const k = document.createElement('kbd');
    k.textContent = p;
    return k;
  }).filter((n) => n.nodeType !== 3 || n.data));
}

/** Puts the strings of `lang` into the page (elements marked data-ui / data-ui-attr). */
export function applyStrings(lang) {
  const t = STRINGS[lang] ?? STRINGS.en;
  document.documentElement.lang = lang;
  document.title = t.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', t.description);
  for (const el of document.querySelectorAll('[data-ui]')) {
    const s = t.text[el.dataset.ui];
    if (s != null) setRich(el, s);
  }
  for (const el of document.querySelectorAll('[data-ui-attr]')) {
    for (const [name, value] of Object.entries(t.attr[el.dataset.uiAttr] ?? {})) el.setAttribute(name, value);
  }
  return t;
}

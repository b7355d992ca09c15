// Pasted HTML, made safe: parsed by DOMParser into an inert document (no scripts run, nothing
// loads), then rebuilt element by element in our document from a whitelist of tag names —
// only text and bare elements are copied, never an attribute, so no handler, style, link or
// URL can come through. Everything else is either dropped with its content (scripts, media,
// forms, navigation) or unwrapped (its text kept).

const KEEP = {
  P: 'p', H1: 'h2', H2: 'h2', H3: 'h3', H4: 'h3', H5: 'h3', H6: 'h3',
  BLOCKQUOTE: 'blockquote', UL: 'ul', OL: 'ol', LI: 'li', BR: 'br',
  EM: 'em', I: 'em', STRONG: 'strong', B: 'strong', Q: 'q', CITE: 'cite',
  SMALL: 'small', SUB: 'sub', SUP: 'sup', FIGCAPTION: 'p', PRE: 'p',
  DIV: 'div', SECTION: 'div', ARTICLE: 'div', MAIN: 'div', HEADER: 'div', FOOTER: 'div',
  FIGURE: 'div', TABLE: 'div', TR: 'p', DL: 'div', DT: 'p', DD: 'p',
};
const DROP = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED',
  'APPLET', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'SOURCE', 'TRACK',
  'HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'OPTION',
  'TEXTAREA', 'NAV', 'ASIDE', 'DIALOG', 'MENU', 'SLOT', 'PORTAL',
]);
const MAX_DEPTH = 64;
const MAX_CHARS = 200000;

/** A DocumentFragment of `doc` holding the safe content of `html`. */
export function sanitizeHtml(html, doc = document) {
  const inert = new DOMParser().parseFromString(String(html).slice(0, MAX_CHARS * 4), 'text/html');
  const out = doc.createDocumentFragment();
  let chars = 0;
  const copy = (from, to, depth) => {
    for (let node = from.firstChild; node; node = node.nextSibling) {
      if (chars >= MAX_CHARS) return;
      if (node.nodeType === 3) {
        const data = node.data.slice(0, MAX_CHARS - chars);
        chars += data.length;
        to.appendChild(doc.createTextNode(data));
        continue;
      }
      if (node.nodeType !== 1) continue;  // comments, processing instructions
      const tag = node.tagName.toUpperCase();
      if (DROP.has(tag) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
      const name = KEEP[tag];
      if (name && depth < MAX_DEPTH) {
        const el = doc.createElement(name);
        to.appendChild(el);
        if (name !== 'br') copy(node, el, depth + 1);
      } else {
        copy(node, to, depth + 1);  // unknown, inline or too deep: keep the text only
      }
    }
  };
  copy(inert.body, out, 0);
  return out;
}

/** A DocumentFragment for plain text: blank lines separate paragraphs; a short first line
 *  without a full stop becomes the headline. */
export function textToFragment(text, doc = document) {
  const out = doc.createDocumentFragment();
  const paragraphs = String(text).slice(0, MAX_CHARS).replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/).map((p) => p.trim()).filter(Boolean);
  paragraphs.forEach((para, i) => {
    const headline = i === 0 && paragraphs.length > 1 && para.length < 140 && !/[.!?:"“”»«]$/.test(para) && !para.includes('\n');
    const el = doc.createElement(headline ? 'h2' : 'p');
    para.split('\n').forEach((line, j) => {
      if (j > 0) el.appendChild(doc.createElement('br'));
      el.appendChild(doc.createTextNode(line));
    });
    out.appendChild(el);
  });
  return out;
}

/** Whether a string typed or pasted as text is meant as HTML source. */
export function looksLikeHtml(text) {
  return /<\s*(p|div|h[1-6]|article|section|br|ul|ol|li|blockquote|em|strong|b|i|q|span|body|html|main|header|figure|table)\b[^>]*>/i.test(text);
}

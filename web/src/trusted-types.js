// The package's one Trusted Types policy, 'leselupe' (a page with a trusted-types allow-list
// must list it). It passes only two things: the URL of the package's own worker script, and
// HTML that Readability writes back into its inert clone of the document (a document without
// a browsing context, where nothing runs); the live page never receives HTML from it.

let policy;  // undefined: not tried yet; null: not available

function get(win) {
  if (policy !== undefined) return policy;
  const tt = win.trustedTypes;
  policy = null;
  if (!tt?.createPolicy) return policy;
  try {
    policy = tt.createPolicy('leselupe', {
      createScriptURL: (u) => {
        if (new URL(u, win.location.href).pathname.endsWith('.js')) return u;
        throw new TypeError('leselupe: not a worker script');
      },
      createHTML: (html) => html,
    });
  } catch {
    policy = null;
  }
  return policy;
}

/** The worker URL as the page's Trusted Types need it (a plain string where there are none). */
export function workerScriptUrl(win, url) {
  const p = get(win);
  if (!p) return url;
  try {
    return p.createScriptURL(String(url));
  } catch {
    return String(url);
  }
}

/**
 * Gives `el` (an element of an inert clone) an innerHTML setter that goes through the policy,
 * so a library writing HTML into the clone works under Trusted Types. Where the browser has
 * Trusted Types but the policy is refused, the setter throws before touching the sink (no
 * violation is reported; the caller falls back).
 */
export function trustedInnerHTML(win, el) {
  const desc = Object.getOwnPropertyDescriptor(win.Element.prototype, 'innerHTML');
  if (!desc?.set) return;
  const p = win.trustedTypes ? get(win) : undefined;
  Object.defineProperty(el, 'innerHTML', {
    configurable: true,
    get() { return desc.get.call(this); },
    set(html) {
      if (p === null) throw new Error('leselupe: no Trusted Types policy for the article clone');
      desc.set.call(this, p ? p.createHTML(html) : html);
    },
  });
}

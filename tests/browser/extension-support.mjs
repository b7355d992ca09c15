// Shared by the extension tests (Chromium and Firefox): the article page they mark, and the
// test-only copy of a built package (see extension.test.mjs for why).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../../tools/serve.mjs';

export const PAGE = `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta property="article:published_time" content="2025-11-10T09:30:00+01:00">
  <title>Gipfel in Warschau</title>
  <script src="page.js"></script>
</head>
<body>
  <nav>Politik · Wirtschaft · Sport</nav>
  <article>
    <h1>Außenminister ringen in Warschau um neue Gespräche</h1>
    <p>Warschau – Nach einem langen Verhandlungstag hat sich Polens Außenminister Tomasz Wierzbicki am Sonntag vorsichtig optimistisch gezeigt. „Wir haben heute mehr erreicht, als viele erwartet hatten“, sagte Wierzbicki nach dem Treffen mit seinen Amtskollegen aus Paris und Berlin.</p>
    <p>Bundesaußenministerin Katrin Albers sagte: „Europa muss mit einer Stimme sprechen, gerade jetzt.“ Das nächste Treffen ist für Anfang Dezember in Straßburg geplant.</p>
    <p>„Wir sind“, sagte Wierzbicki, „zu weiteren Schritten bereit.“</p>
  </article>
</body>
</html>
`;

/** The loopback origin the test copy holds a host permission for (any port). */
/** The CSP of the strict test site: the page's own scripts only. */
export const STRICT_CSP = "script-src 'self'";

/**
 * The test article served twice from a temporary folder: `strict` with STRICT_CSP, `open`
 * without a CSP; close() stops both and removes the folder.
 */
export async function servePages() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leselupe-ext-pages-'));
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE);
  fs.writeFileSync(path.join(dir, 'page.js'), 'document.documentElement.dataset.pageScript = "ran";\n');
  const strict = await serve({ root: dir, port: 0, csp: STRICT_CSP });
  const open = await serve({ root: dir, port: 0 });
  return {
    strict,
    open,
    async close() {
      await strict.close();
      await open.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const TEST_ORIGINS = ['http://127.0.0.1/*'];

/**
 * A copy of the built package at `dir` whose manifest declares TEST_ORIGINS as host
 * permissions — what the browser holds once the reader granted "always mark on this site" —
 * so that the tests can run the click's and the menu's code without a user gesture.
 */
export function loadForTest(dir, { bridge = false } = {}) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run make extension`);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), `leselupe-${path.basename(dir)}-`));
  fs.cpSync(dir, copy, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(copy, 'manifest.json'), 'utf8'));
  manifest.host_permissions = TEST_ORIGINS;
  if (bridge) {
    // Where the test driver cannot reach the background (Firefox: WebDriver BiDi opens no
    // moz-extension:// page), a page asks through a content script, and the background runs
    // the named function of its own — leselupeToggle(tab), leselupeSetAlways(origin, on).
    manifest.content_scripts = [{ matches: TEST_ORIGINS, js: ['test-bridge.js'], run_at: 'document_start' }];
    fs.writeFileSync(path.join(copy, 'test-bridge.js'), BRIDGE_CONTENT);
    fs.appendFileSync(path.join(copy, 'background.js'), BRIDGE_BACKGROUND);
  }
  fs.writeFileSync(path.join(copy, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return copy;
}

const BRIDGE_CONTENT = `// Test only (tests/browser/extension-support.mjs).
window.addEventListener('message', (event) => {
  if (event.source !== window || event.data?.type !== 'leselupe-test:call') return;
  chrome.runtime.sendMessage(event.data).then(
    (reply) => window.postMessage({ type: 'leselupe-test:reply', id: event.data.id, reply }, '*'),
    (error) => window.postMessage({ type: 'leselupe-test:reply', id: event.data.id, reply: { error: String(error) } }, '*'));
});
`;

const BRIDGE_BACKGROUND = `
// Test only (tests/browser/extension-support.mjs).
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type !== 'leselupe-test:call' || !sender.tab) return false;
  const args = (message.args ?? []).map((a) => (a === '$tab' ? sender.tab.id : a));
  Promise.resolve(globalThis[message.fn](...args)).then(async (value) => reply({
    value, badge: await chrome.action.getBadgeText({ tabId: sender.tab.id }),
  }), (error) => reply({ error: String(error) }));
  return true;
});
`;

/** In a page of a TEST_ORIGINS site: calls the background's `fn(...args)` ('$tab': this tab). */
export function callBackground(page, fn, args) {
  return page.evaluate(({ fn, args }) => new Promise((resolve) => {
    const id = Math.random().toString(36).slice(2);
    const onReply = (event) => {
      if (event.data?.type !== 'leselupe-test:reply' || event.data.id !== id) return;
      window.removeEventListener('message', onReply);
      resolve(event.data.reply);
    };
    window.addEventListener('message', onReply);
    window.postMessage({ type: 'leselupe-test:call', id, fn, args }, '*');
  }), { fn, args });
}

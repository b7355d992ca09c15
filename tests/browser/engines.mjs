// The three browser engines behind one small page interface, so that one test body runs in
// Chromium (playwright-core, /usr/bin/chromium), Firefox (firefox-esr via puppeteer-core over
// WebDriver BiDi) and WebKit (WebKitGTK's WebKitWebDriver under xvfb-run, plain W3C WebDriver
// over HTTP — no npm client).
//
//   const browser = await launchEngine('webkit');
//   const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
//   await page.goto(url);
//   await page.evaluate((x) => x + 1, 1);          // functions must be self-contained
//   await page.waitForFunction(() => window.ready);
//   await page.mouse.move(x, y); await page.keyboard.press('Escape'); await page.click('button');
//   assert.deepEqual(await page.errors(), []);     // uncaught errors and console.error
//
// LESELUPE_ENGINES=chromium,firefox,webkit (the default) chooses the engines the suite runs in.
// tests/browser/run.mjs starts Firefox once for the whole suite and passes its endpoint in
// LESELUPE_FIREFOX_WS (a test file run on its own starts its own); LESELUPE_WEBKIT_DRIVER may
// name a running WebKitWebDriver, else each group starts one.
//
// What differs, and how the tests deal with it:
//   - errors: Chromium and Firefox report uncaught errors and console.error from the page's
//     first line on; WebDriver has no log, so in WebKit a collector is installed right after
//     each navigation (errors while the page loads are seen only through the page's own state).
//   - requests: the test server logs them (serveFixtures({ log })), the same for every engine.
//   - colour scheme: emulated in Chromium only (Firefox over BiDi and WebKitWebDriver cannot).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];
const FIREFOX = '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// Quiet, offline Firefox: no update checks, telemetry or remote settings on a machine
// without network.
const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
};

/** The engines this run covers (LESELUPE_ENGINES, default all three). */
export function engines() {
  const list = (process.env.LESELUPE_ENGINES ?? ALL_ENGINES.join(','))
    .split(',').map((s) => s.trim()).filter(Boolean);
  for (const e of list) if (!ALL_ENGINES.includes(e)) throw new Error(`LESELUPE_ENGINES: unknown engine ${e}`);
  return list;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn(arg)` in the page until it returns a truthy value. */
async function poll(page, fn, arg, { timeout = 15000, polling = 50 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn, arg);
    if (v) return v;
    if (Date.now() > until) throw new Error(`waitForFunction timed out after ${timeout} ms: ${String(fn).slice(0, 120)}`);
    await sleep(polling);
  }
}

// --- Chromium and Firefox: playwright-core and puppeteer-core pages, wrapped ----------------

function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

class DriverPage {
  constructor(engine, page, errors) {
    this.engine = engine;
    this.raw = page;
    this.errorList = errors;
    this.mouse = { move: (x, y) => page.mouse.move(x, y) };
    this.keyboard = {
      // 'Alt+Shift+ArrowDown': playwright takes it as is; puppeteer presses keys one by one.
      press: async (key) => {
        if (engine === 'chromium') return page.keyboard.press(key);
        const parts = key.split('+');
        const last = parts.pop();
        for (const m of parts) await page.keyboard.down(m);
        await page.keyboard.press(last);
        for (const m of parts.reverse()) await page.keyboard.up(m);
      },
    };
  }

  async goto(url) {
    const response = await this.raw.goto(url);
    return { status: response?.status() ?? null, headers: response?.headers() ?? {} };
  }

  evaluate(fn, arg) {
    return this.raw.evaluate(fn, arg);
  }

  waitForFunction(fn, arg, options) {
    return poll(this, fn, arg, options);
  }

  click(selector) {
    return this.raw.click(selector);
  }

  waitForTimeout(ms) {
    return sleep(ms);
  }

  async errors() {
    return [...this.errorList];
  }

  async screenshot(options = {}) {
    return Buffer.from(await this.raw.screenshot(options));
  }

  close() {
    return this.raw.close();
  }
}

async function launchChromium() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return {
    engine: 'chromium',
    raw: browser,
    async newPage({ viewport = { width: 1000, height: 800 }, colorScheme, ...rest } = {}) {
      const page = await browser.newPage({ viewport, colorScheme, ...rest });
      return new DriverPage('chromium', page, collectErrors(page));
    },
    close: () => browser.close(),
  };
}

async function launchFirefox() {
  const shared = process.env.LESELUPE_FIREFOX_WS;
  const browser = shared
    ? await puppeteer.connect({ browserWSEndpoint: shared, protocol: 'webDriverBiDi' })
    : await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: FIREFOX_PREFS });
  return {
    engine: 'firefox',
    raw: browser,
    async newPage({ viewport = { width: 1000, height: 800 } } = {}) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      return new DriverPage('firefox', page, collectErrors(page));
    },
    close: () => (shared ? browser.disconnect() : browser.close()),
  };
}

/**
 * Starts Firefox; returns { browser, wsEndpoint, close }. `shared`: for a whole run — the
 * launcher lets go of its WebDriver BiDi session (Firefox allows one at a time), so that each
 * test file can connect, and close() ends the process.
 */
export async function startFirefox({ shared = false, ...extra } = {}) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: FIREFOX_PREFS, ...extra });
  const wsEndpoint = browser.wsEndpoint();
  if (!shared) return { browser, wsEndpoint, close: () => browser.close() };
  const child = browser.process();
  await browser.disconnect();
  return {
    wsEndpoint,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    },
  };
}

// --- WebKit: W3C WebDriver over HTTP -----------------------------------------------------

/** Starts WebKitWebDriver under xvfb-run on a free port; returns { url, close }. */
export async function startWebKitDriver() {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (child.exitCode !== null || i > 300) throw new Error(`WebKitWebDriver did not start: ${stderr}`);
    await sleep(100);
  }
  return {
    url,
    close: async () => {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    },
  };
}

// WebDriver key codes for the keys the tests press.
// Letters by their key code name (KeyQ), as playwright and puppeteer take them.
const KEYS = {
  Escape: '\uE00C', Enter: '\uE007', Tab: '\uE004', ArrowDown: '\uE015', ArrowUp: '\uE013',
  Shift: '\uE008', Alt: '\uE00A', Control: '\uE009', KeyQ: 'q', KeyP: 'p', KeyO: 'o', KeyD: 'd',
};

class WebKitPage {
  constructor(session) {
    this.engine = 'webkit';
    this.session = session;
    this.mouse = { move: (x, y) => this.actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 }] }]) };
    this.keyboard = {
      press: (key) => {
        const parts = key.split('+').map((k) => KEYS[k] ?? k);
        const down = parts.map((value) => ({ type: 'keyDown', value }));
        const up = [...parts].reverse().map((value) => ({ type: 'keyUp', value }));
        return this.actions([{ type: 'key', id: 'keyboard', actions: [...down, ...up] }]);
      },
    };
  }

  cmd(method, path, body) {
    return this.session.cmd(method, path, body);
  }

  actions(list) {
    return this.cmd('POST', '/actions', { actions: list });
  }

  async goto(url) {
    await this.cmd('POST', '/url', { url });
    // WebDriver has no console or error log: collect from here on.
    await this.evaluate(() => {
      if (window.__leselupeErrors) return;
      const errors = [];
      window.__leselupeErrors = errors;
      window.addEventListener('error', (e) => errors.push(`pageerror: ${e.message}`));
      window.addEventListener('unhandledrejection', (e) => errors.push(`pageerror: ${e.reason?.message ?? e.reason}`));
      const original = console.error;
      console.error = (...args) => {
        errors.push(`console: ${args.join(' ')}`);
        original.apply(console, args);
      };
    });
    return { status: null, headers: null };
  }

  async evaluate(fn, arg) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn})(arguments[0])).then(
        (value) => done({ ok: true, json: value === undefined ? null : JSON.stringify(value) }),
        (error) => done({ ok: false, error: error instanceof Error ? error.name + ': ' + error.message + '\\n' + error.stack : String(error) }));`;
    const out = await this.cmd('POST', '/execute/async', { script, args: [arg === undefined ? null : arg] });
    if (!out?.ok) throw new Error(`evaluate failed in WebKit: ${out?.error}`);
    // Through JSON, as the other drivers: undefined properties are left out, not null.
    return out.json === null ? undefined : JSON.parse(out.json);
  }

  waitForFunction(fn, arg, options) {
    return poll(this, fn, arg, options);
  }

  async click(selector) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: selector });
    const id = Object.values(el)[0];
    await this.cmd('POST', `/element/${id}/click`, {});
  }

  waitForTimeout(ms) {
    return sleep(ms);
  }

  async errors() {
    return (await this.evaluate(() => window.__leselupeErrors ?? [])) ?? [];
  }

  async screenshot({ path: file } = {}) {
    const b64 = await this.cmd('GET', '/screenshot');
    const buf = Buffer.from(b64, 'base64');
    if (file) fs.writeFileSync(file, buf);
    return buf;
  }

  close() {
    return this.session.close();
  }
}

/** One WebDriver session (one MiniBrowser); its pages are windows, switched to on use. */
async function webkitSession(driverUrl) {
  const call = async (method, path, body) => {
    const r = await fetch(`${driverUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json();
    if (!r.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  };
  const created = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
  });
  const id = created.sessionId;
  const raw = (method, path, body) => call(method, `/session/${id}${path}`, body);
  await raw('POST', '/timeouts', { script: 600000, pageLoad: 60000 });
  const session = {
    current: await raw('GET', '/window'),
    free: [],     // windows of closed pages, reused (closing the last window would end the session)
    async open(viewport) {
      let handle = this.free.pop();
      if (!handle) handle = this.current && !this.used ? this.current : (await raw('POST', '/window/new', { type: 'tab' })).handle;
      this.used = true;
      await this.switchTo(handle);
      await raw('POST', '/window/rect', { width: viewport.width, height: viewport.height });
      return handle;
    },
    async switchTo(handle) {
      if (this.current !== handle) await raw('POST', '/window', { handle });
      this.current = handle;
    },
    async cmd(handle, method, path, body) {
      await this.switchTo(handle);
      return raw(method, path, body);
    },
    async release(handle) {
      await this.cmd(handle, 'POST', '/url', { url: 'about:blank' }).catch(() => {});
      this.free.push(handle);
    },
    close: () => call('DELETE', `/session/${id}`).catch(() => {}),
  };
  return session;
}

async function launchWebKit() {
  const shared = process.env.LESELUPE_WEBKIT_DRIVER;
  const driver = shared ? { url: shared, close: async () => {} } : await startWebKitDriver();
  const session = await webkitSession(driver.url);
  // Commands for one session are serialized: a page switches the session to its window first.
  let queue = Promise.resolve();
  const serial = (fn) => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };
  return {
    engine: 'webkit',
    async newPage({ viewport = { width: 1000, height: 800 } } = {}) {
      const handle = await serial(() => session.open(viewport));
      return new WebKitPage({
        cmd: (method, path, body) => serial(() => session.cmd(handle, method, path, body)),
        close: () => serial(() => session.release(handle)),
      });
    },
    close: async () => {
      await session.close();
      await driver.close();
    },
  };
}

/** Launches (or connects to) one engine; returns { engine, newPage(options), close() }. */
export function launchEngine(engine) {
  if (engine === 'chromium') return launchChromium();
  if (engine === 'firefox') return launchFirefox();
  if (engine === 'webkit') return launchWebKit();
  throw new Error(`unknown engine ${engine}`);
}

// Safety and packaging: a page under Content-Security-Policy: script-src 'self'
// 'wasm-unsafe-eval' (and with Trusted Types enforced), main thread and worker; the one-tag
// embedding; no network request but the package's own files and the .wasm (URL settable).
// The test server logs the requests, so the same check holds in every engine.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { forEachEngine, useSite } from './web-support.mjs';

const CSP = "script-src 'self' 'wasm-unsafe-eval'";
const CSP_TT = `${CSP}; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'`;

forEachEngine((engine) => {
  const site = useSite(engine, { strict: { csp: CSP }, strictTT: { csp: CSP_TT } });
  before(() => {
    // The .wasm somewhere else, for wasmUrl.
    for (const s of Object.values(site.servers)) {
      fs.mkdirSync(path.join(s.dir, 'elsewhere'));
      fs.copyFileSync(path.join(s.dir, 'leselupe', 'leselupe.wasm'), path.join(s.dir, 'elsewhere', 'core.wasm'));
    }
  });

  async function run(server, query, fixture = 'csp') {
    const page = await site.newPage();
    server.takeRequests();
    const response = await page.goto(`${server.fixture(fixture)}${query}`);
    // WebDriver does not expose response headers; the server sets them the same for all.
    if (response.headers) assert.equal(response.headers['content-security-policy'], server.csp);
    await page.waitForFunction(() => document.body?.dataset.done === '1');
    const out = await page.evaluate(() => ({
      outcome: window.outcome,
      violations: window.violations,
      hl: Object.fromEntries([...CSS.highlights].map(([k, v]) => [k, v.size])),
    }));
    const errors = await page.errors();
    await page.close();
    const requests = server.takeRequests();
    return { ...out, requests: [...new Set(requests)].sort(), workers: requests.filter((r) => r.endsWith('/worker.js')), errors };
  }

  for (const [label, which] of [['CSP', 'strict'], ['CSP + Trusted Types', 'strictTT']]) {
    for (const [mode, query] of [['main thread', ''], ['worker', '?worker=1'], ['one-tag auto.js', '?auto=1'], ['wrap', '?mode=wrap']]) {
      test(`${label}, ${mode}: annotates with no violation, fetching only its own files`, async () => {
        const out = await run(site.servers[which], query);
        assert.ok(out.outcome?.ok, JSON.stringify(out.outcome));
        assert.deepEqual(out.violations, []);
        assert.deepEqual(out.errors, []);
        const quotes = out.outcome.result.annotations.filter((a) => a.type === 'quote').map((a) => a.text);
        assert.ok(quotes.includes('Europa muss mit einer Stimme sprechen, gerade jetzt.'), JSON.stringify(quotes));
        assert.equal(out.outcome.result.reference_date, '2025-11-10');
        if (mode !== 'wrap') assert.ok(out.hl['leselupe-quote'] >= 2, JSON.stringify(out.hl));
        const allowed = new Set(['/fixtures/csp/source.html', '/fixtures/csp/page.js', '/leselupe/leselupe.css', '/leselupe/leselupe.wasm']);
        for (const r of out.requests) {
          assert.ok(allowed.has(r) || /^\/leselupe\/[a-z-]+\.(m?js)$/.test(r), `unexpected request ${r}`);
        }
        assert.ok(out.requests.includes('/leselupe/leselupe.wasm'));
        if (mode === 'worker') assert.deepEqual(out.workers, ['/leselupe/worker.js']);
        else assert.deepEqual(out.workers, []);
      });
    }
    test(`${label}: wasmUrl moves the one network request for the core`, async () => {
      for (const worker of ['0', '1']) {
        const out = await run(site.servers[which], `?worker=${worker}&wasm=/elsewhere/core.wasm`);
        assert.ok(out.outcome?.ok, JSON.stringify(out.outcome));
        assert.ok(out.requests.includes('/elsewhere/core.wasm'));
        assert.ok(!out.requests.includes('/leselupe/leselupe.wasm'));
        assert.deepEqual(out.violations, []);
      }
    });
  }

  test('a <meta> CSP without wasm-unsafe-eval: the core moves to a worker, or a clear error', async () => {
    const out = await run(site.servers.strict, '', 'csp-meta');
    if (out.outcome.ok) {
      const quotes = out.outcome.result.annotations.filter((a) => a.type === 'quote').map((a) => a.text);
      assert.ok(quotes.includes('Europa muss mit einer Stimme sprechen, gerade jetzt.'), JSON.stringify(quotes));
      assert.deepEqual(out.workers, ['/leselupe/worker.js']);
    } else {
      assert.match(out.outcome.error, /Content Security Policy does not allow WebAssembly.*wasm-unsafe-eval/);
    }
    // Chromium gives a worker the policy of its own script (CSP 3), so there it must work.
    if (engine === 'chromium') assert.ok(out.outcome.ok, JSON.stringify(out.outcome));
  });

  test('a wrong wasmUrl fails with a clear error, not a hang', async () => {
    const out = await run(site.servers.strict, '?wasm=/nowhere/x.wasm');
    assert.equal(out.outcome.ok, false);
    assert.match(out.outcome.error, /cannot load .*x\.wasm.*404/);
  });
});

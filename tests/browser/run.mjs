#!/usr/bin/env node
// Runs the browser suite (`make test-browser`): starts Firefox once for all test files (each
// file would otherwise pay its start-up again, ~20 s), then `node --test` over tests/browser/
// with its endpoint in the environment (see engines.mjs). WebKitWebDriver starts in about a
// second: each test file starts its own.
//
//   node tests/browser/run.mjs [files…]        LESELUPE_ENGINES=chromium,firefox,webkit (default)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { engines, startFirefox } from './engines.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const files = process.argv.slice(2);
const list = engines();
const env = { ...process.env };
const started = [];
const t0 = Date.now();
try {
  if (list.includes('firefox')) {
    const ff = await startFirefox({ shared: true });
    started.push(ff);
    env.LESELUPE_FIREFOX_WS = ff.wsEndpoint;
  }
  console.log(`browser suite in ${list.join(', ')} (engines up in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=900000', ...(files.length ? files : [HERE])], { stdio: 'inherit', env });
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  process.exitCode = code;
} finally {
  for (const s of started.reverse()) await s.close().catch(() => {});
  console.log(`browser suite: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

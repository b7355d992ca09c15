#!/usr/bin/env node
// A small static file server for the demo and the browser tests (loopback only).
//   node tools/serve.mjs --root DIR [--port 8080] [--csp "script-src 'self'"]
// Also usable as a module: `await serve({ root, port: 0, csp, onRequest })` returns { url, close };
// onRequest(pathname) sees every request (the browser tests log them, the same in every engine).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

export function serve({ root, port = 8080, host = '127.0.0.1', csp = null, headers = {}, onRequest = null }) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    onRequest?.(rel);
    let file = path.join(base, rel);
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const h = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...headers };
      if (csp && file.endsWith('.html')) h['content-security-policy'] = csp;
      res.writeHead(200, h).end(data);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host}:${actual}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const { url } = await serve({ root: opt('--root', '.'), port: Number(opt('--port', process.env.PORT ?? 8080)), csp: opt('--csp', null) });
  console.log(`serving ${opt('--root', '.')} at ${url} (Ctrl-C to stop)`);
}

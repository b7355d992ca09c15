// Shared by the Node tests: paths of the builds and a runner for both CLIs.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NATIVE_CLI = path.join(ROOT, 'build', 'native', 'bin', 'leselupe');
export const NODE_CLI = path.join(ROOT, 'web', 'cli.mjs');
export const NODE_MODULE = path.join(ROOT, 'build', 'node', 'leselupe.cjs');

/** Runs `leselupe annotate ARGS` on `input` with the native or the wasm CLI. */
export function runCli(which, args, input) {
  const [cmd, pre] = which === 'native' ? [NATIVE_CLI, []] : [process.execPath, [NODE_CLI]];
  const r = spawnSync(cmd, [...pre, 'annotate', ...args], { input, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

export { execFileSync };

// The README's commands exist: a merge once dropped `make check` silently. `make -n` lists what a
// target would run without running it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { ROOT } from './support.mjs';

const dryRun = (target) => spawnSync('make', ['-n', '--no-print-directory', target], { cwd: ROOT, encoding: 'utf8' });

test('make check is the inner loop: the Catch2 tests without [slow], the CLI contract and the schema check', () => {
  const r = dryRun('check');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /core_tests '~\[slow\]'/);
  assert.match(r.stdout, /cli_contract\|data_schema_rejects_unknown_kind/);
});

test('make test runs every suite the README names', () => {
  const r = dryRun('test');
  assert.equal(r.status, 0, r.stderr);
  for (const suite of ['test-native', 'test-types', 'test-node', 'test-eval', 'test-browser', 'test-pages', 'test-sanitize', 'fuzz-smoke', 'test-batch']) {
    assert.match(r.stdout, new RegExp(`\\b${suite}\\b`), suite);
  }
  assert.notEqual(dryRun('no-such-target').status, 0, 'positive control: an unknown target fails');
});

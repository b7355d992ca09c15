// leselupe batch through real pipes: a shell pipeline and a Node child process that writes
// slowly in small chunks, for several thread counts, repeated to catch races. Every run must
// give the same bytes and exit status as the single-threaded run over the file: one line per
// non-blank input line, in order, each valid JSON with the input's id.
//
//   node tests/batch/pipes.mjs [--cli PATH] [--lines N] [--repeat N] [--threads 1,2,8]
//                              [--modes shell,node] [--work DIR] [--input-only]
//
// make test-batch (part of make test) runs it twice; make test-batch-stress 50 times.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../eval/corpus.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
// The binary under test is copied into the work folder first: a rebuild during a long stress
// run would otherwise change the program between the reference and a later run, and show up as
// a difference that "never reproduces".
const cliSource = args.cli ?? 'build/native/bin/leselupe';
let cli = cliSource;
const lineCount = Number(args.lines ?? 100000);
const repeat = Number(args.repeat ?? 1);
const threadCounts = (args.threads ?? '1,2,8').split(',').map(Number);
const modes = (args.modes ?? 'shell,node').split(',');
const work = args.work ?? 'build/batch-pipes';
const common = ['batch', '--reference-date', '2025-11-10', '--max-line-bytes', '20000'];

// A deterministic generator (xorshift), so that every run sees the same input.
let seed = 0x9e3779b9;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 0x100000000;
}

// Mixed sizes from the corpus articles (a few bytes to whole articles), with bad lines of
// every kind and blank lines.
function makeInput(file) {
  const texts = loadCorpus('tests/corpus').map((a) => ({ text: a.text, lang: a.lang }));
  const out = fs.openSync(file, 'w');
  const expectedIds = [];  // the id each output line must carry, in order (null: unreadable)
  let chunk = [];
  for (let i = 0; i < lineCount; i += 1) {
    const r = random();
    let line;
    let id = `a${i}`;
    if (r < 0.01) { line = `not json ${i}`; id = null; }
    else if (r < 0.02) line = JSON.stringify({ id, title: 'no text' });
    else if (r < 0.03) line = JSON.stringify({ id, text: i });
    else if (r < 0.035) {  // invalid UTF-8: a Latin-1 byte
      line = Buffer.concat([Buffer.from(`{"id":"${id}","text":"caf`), Buffer.from([0xe9]), Buffer.from('"}')]);
      id = null;
    } else if (r < 0.037) { line = JSON.stringify({ id, text: 'x'.repeat(25000) }); id = null; }  // over the limit
    else if (r < 0.05) { line = r < 0.045 ? '' : '   '; id = undefined; }  // blank: no output
    else {
      const source = texts[Math.floor(random() * texts.length)];
      // Mostly short (titles, sentences), some paragraphs, a few long articles.
      const pick = random();
      const size = pick < 0.8 ? 10 + Math.floor(random() * 70) : pick < 0.98 ? 80 + Math.floor(random() * 320) : 400 + Math.floor(random() * 2600);
      const start = Math.floor(random() * Math.max(1, source.text.length - size));
      const fields = { id, text: source.text.slice(start, start + size).toWellFormed() };  // no cut surrogate pair
      if (random() < 0.5) fields.lang = source.lang;
      line = JSON.stringify(fields);
    }
    if (id !== undefined) expectedIds.push(id);
    chunk.push(Buffer.isBuffer(line) ? line : Buffer.from(line), Buffer.from('\n'));
    if (chunk.length >= 2000) {
      fs.writeSync(out, Buffer.concat(chunk));
      chunk = [];
    }
  }
  fs.writeSync(out, Buffer.concat(chunk));
  fs.closeSync(out);
  return expectedIds;
}

function run(argv, { stdin = 'ignore', feed } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: [feed ? 'pipe' : stdin, 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString() }));
    if (feed) feed(child.stdin).catch(reject);
  });
}

// Writes `bytes` in small chunks (1 byte to 4 KB), pausing now and then, so that the reader
// sees lines cut anywhere and often waits for input.
async function writeSlowly(stream, bytes) {
  let pos = 0;
  let n = 0;
  while (pos < bytes.length) {
    const size = 1 + Math.floor(random() * (random() < 0.2 ? 16 : 4096));
    const ok = stream.write(bytes.subarray(pos, pos + size));
    pos += size;
    n += 1;
    if (!ok) await new Promise((r) => stream.once('drain', r));
    if (n % 64 === 0) await new Promise((r) => setTimeout(r, 1));
  }
  stream.end();
}

const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);

function check(name, result, reference, expectedIds) {
  const problems = [];
  if (result.signal) problems.push(`killed by ${result.signal}`);
  if (result.code !== reference.code) problems.push(`exit ${result.code}, expected ${reference.code}`);
  if (!result.stdout.equals(reference.stdout)) {
    const lines = result.stdout.toString().split('\n');
    lines.pop();
    problems.push(`output differs: ${lines.length} lines (expected ${expectedIds.length}), sha ${sha(result.stdout)} vs ${sha(reference.stdout)}`);
    const want = reference.stdout.toString().split('\n');
    const differing = lines.map((l, i) => (l !== want[i] ? i : -1)).filter((i) => i >= 0);
    if (differing.length) {
      const ids = differing.slice(0, 5).map((i) => { try { return JSON.parse(want[i]).id; } catch { return `line ${i + 1}`; } });
      problems.push(`${differing.length} lines differ (ids ${ids.join(', ')}${differing.length > 5 ? ', …' : ''}); ` +
        `the first, output line ${differing[0] + 1}: ${lines[differing[0]].slice(0, 120)}`);
    }
  }
  // The same messages, in the same order (the input is named "-" on a pipe).
  if (result.stderr !== reference.stderr.replaceAll(`leselupe: ${reference.input}: `, 'leselupe: -: ')) {
    problems.push(`stderr differs: ${result.stderr.slice(0, 300)}`);
  }
  if (problems.length) {
    // Kept for the post-mortem: a difference seen once in hundreds of runs did not come back on demand.
    const kept = path.join(work, `failed-${name.replace(/[^a-z0-9]+/gi, '-')}.out`);
    fs.writeFileSync(kept, result.stdout);
    throw new Error(`${name}: ${problems.join('; ')} (output kept in ${kept})`);
  }
}

async function main() {
  fs.mkdirSync(work, { recursive: true });
  const input = path.join(work, 'input.jsonl');
  const expectedIds = makeInput(input);
  const inputBytes = fs.readFileSync(input);
  if ('input-only' in args) return;  // the input for tests/batch/streaming.sh
  cli = path.join(work, 'leselupe-under-test');
  fs.copyFileSync(cliSource, cli);
  fs.chmodSync(cli, 0o755);
  console.log(`pipes: testing ${cliSource} (sha256 ${sha(fs.readFileSync(cli))}), copied to ${cli}`);
  console.log(`pipes: ${lineCount} lines (${(inputBytes.length / 1e6).toFixed(1)} MB), ${expectedIds.length} expected outputs`);

  // The reference: one thread, the file as an argument.
  let t0 = Date.now();
  const reference = await run([cli, ...common, '--threads', '1', input]);
  reference.input = input;
  console.log(`pipes: reference (1 thread, file) exit ${reference.code} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // It is right by itself: count, order, ids, valid JSON.
  const lines = reference.stdout.toString().split('\n');
  if (lines.pop() !== '') throw new Error('reference: the output does not end with a newline');
  if (lines.length !== expectedIds.length) throw new Error(`reference: ${lines.length} lines, expected ${expectedIds.length}`);
  lines.forEach((line, k) => {
    const j = JSON.parse(line);
    if (j.id !== expectedIds[k]) throw new Error(`reference line ${k + 1}: id ${j.id}, expected ${expectedIds[k]}`);
    if (!('annotations' in j) && !('error' in j)) throw new Error(`reference line ${k + 1}: neither annotations nor error`);
  });
  if (reference.code !== 3) throw new Error(`reference: exit ${reference.code}, expected 3 (bad lines)`);

  for (let rep = 1; rep <= repeat; rep += 1) {
    for (const threads of threadCounts) {
      for (const mode of modes) {
        const name = `repeat ${rep}, ${threads} threads, ${mode}`;
        t0 = Date.now();
        let result;
        if (mode === 'shell') {
          // cat | leselupe | cat: both ends are pipes.
          const q = (s) => `'${s.replaceAll("'", "'\\''")}'`;
          const line = `cat ${q(input)} | ${q(cli)} ${common.join(' ')} --threads ${threads} | cat; exit \${PIPESTATUS[1]}`;
          result = await run(['bash', '-c', line]);
        } else {
          result = await run([cli, ...common, '--threads', String(threads), '--window', String(1 + (rep % 7) * threads)], {
            feed: (stdin) => writeSlowly(stdin, inputBytes),
          });
        }
        check(name, result, reference, expectedIds);
        console.log(`pipes: ${name}: identical (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      }
    }
  }
  console.log(`pipes: all ${repeat * threadCounts.length * modes.length} runs identical to the reference`);
}

main().catch((e) => {
  console.error(`pipes: FAIL: ${e.message}`);
  process.exit(1);
});

#!/usr/bin/env node
// The Node command line over the WebAssembly build: same flags and the same JSON, byte for
// byte, as the native `leselupe annotate`.
//
//   node web/cli.mjs annotate [--lang de|en|auto] [--reference-date YYYY-MM-DD]
//                             [--kinds person,place,date,quote] [FILE|-]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnnotator, today } from './src/node.js';

const USAGE = `usage: node web/cli.mjs annotate [--lang de|en|auto] [--reference-date YYYY-MM-DD]
                                   [--kinds person,place,date,quote] [FILE|-]
`;

function fail(code, message) {
  process.stderr.write(`leselupe: ${message}\n`);
  process.exit(code);
}

async function main(argv) {
  if (argv[0] !== 'annotate') fail(2, argv.length ? `unknown command '${argv[0]}'\n${USAGE}` : USAGE);
  const options = { lang: 'auto', referenceDate: today(), kinds: 'person,place,date,quote' };
  let input = '-';
  let haveInput = false;
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i];
    const value = () => {
      if (i + 1 >= args.length) fail(2, `${a} needs a value`);
      i += 1;
      return args[i];
    };
    if (a === '--lang') options.lang = value();
    else if (a === '--reference-date') options.referenceDate = value();
    else if (a === '--kinds') options.kinds = value();
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return;
    } else if (a.length > 1 && a.startsWith('-')) fail(2, `unknown option '${a}'\n${USAGE}`);
    else if (haveInput) fail(2, `more than one input file\n${USAGE}`);
    else {
      input = a;
      haveInput = true;
    }
  }
  let bytes;
  try {
    bytes = fs.readFileSync(input === '-' ? 0 : input);
  } catch {
    fail(1, `cannot read ${input}`);
  }
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    fail(1, `${input}: invalid UTF-8`);
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const modulePath = process.env.LESELUPE_NODE_MODULE ?? path.join(here, '..', 'build', 'node', 'leselupe.cjs');
  const annotator = await createAnnotator({ modulePath });
  let json;
  try {
    json = annotator.annotateJson(text, options);
  } catch (e) {
    fail(2, e.message);
  }
  process.stdout.write(`${json}\n`);
}

main(process.argv.slice(2));

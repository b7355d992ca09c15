# Leselupe: the two commands a newcomer needs are `make demo` and `make test`.
# This Makefile only orchestrates; CMake builds, scripts under tools/ do the rest.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

JOBS ?= $(shell nproc)
FUZZ_SMOKE_SECONDS ?= 30
PORT ?= 8080
BUILD := build
# Debian's acorn (Emscripten's optimizer needs it) lives where this Node.js does not look. On a
# fresh machine node-acorn arrives with emscripten only when `deps` runs, after make has read
# this line, so Debian's place for Node modules is the fallback.
export NODE_PATH := $(or $(shell dpkg -L node-acorn 2>/dev/null | sed -n 's|/acorn/package.json$$||p' | head -n 1),/usr/share/nodejs)
export LESELUPE_CACHE ?= $(HOME)/.cache/leselupe

.PHONY: help deps npm native wasm web demo-site demo test check test-types test-native test-sanitize test-node test-browser test-pages pages eval bench fuzz fuzz-smoke extension lexicon case-fold-table clean test-batch test-batch-stress test-tsan dist fuzz-corpus

help:
	@echo "make demo    install what is missing, build, serve the demo on http://127.0.0.1:$(PORT)/"
	@echo "make test    install what is missing, build native and wasm, run every test"
	@echo "make check   the fast inner loop: native core, its Catch2 tests (no [slow] ones) and the CLI contract"
	@echo "make eval    quality figures on the corpus (native and wasm); make bench: speed and size"
	@echo "make fuzz    fuzz the core to the executions of tests/fuzz/targets.txt; make test-sanitize: tests under ASan+UBSan"
	@echo "make dist    build/dist/leselupe-linux-x86_64, the self-contained CLI; make test-tsan, make test-batch-stress"

# --- set-up -----------------------------------------------------------------------------
deps:
	@bash tools/setup/install-deps.sh

npm: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# --- builds -----------------------------------------------------------------------------
native: deps
	cmake -S . -B $(BUILD)/native -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build $(BUILD)/native -j $(JOBS)

wasm: deps
	@prefix=$$(bash tools/icu/build-icu-wasm.sh | tail -n 1); \
	dat=$$(bash tools/icu/make-icu-data.sh | tail -n 1); \
	emcmake cmake -S . -B $(BUILD)/wasm -DCMAKE_BUILD_TYPE=Release \
	  -DLESELUPE_ICU_PREFIX="$$prefix" -DLESELUPE_ICU_DAT="$$dat" >/dev/null; \
	cmake --build $(BUILD)/wasm -j $(JOBS)
	@$(MAKE) --no-print-directory web

# The web package: the wrapper's modules beside the Emscripten output, and Readability
# (from npm) wrapped as an ES module with its licence.
web: npm
	mkdir -p $(BUILD)/web $(BUILD)/node
	node tools/web/wrap-readability.mjs $(BUILD)/web
	cp $(BUILD)/wasm/web/leselupe.mjs $(BUILD)/wasm/web/leselupe.wasm $(BUILD)/web/
	cp $(BUILD)/wasm/node/leselupe.cjs $(BUILD)/wasm/node/leselupe.wasm $(BUILD)/node/
	cp web/src/*.js web/leselupe.css web/package.json web/index.d.ts web/node.d.ts $(BUILD)/web/
	cp wasm/leselupe.d.ts $(BUILD)/web/leselupe.d.ts

demo-site: npm wasm
	rm -rf $(BUILD)/demo && mkdir -p $(BUILD)/demo
	cp -r demo/. $(BUILD)/demo/
	rm -rf $(BUILD)/demo/extension
	cp -r $(BUILD)/web $(BUILD)/demo/leselupe

# The browser extension (Manifest V3) for Chromium and Firefox: build/extension-{chrome,firefox}/
# unpacked, build/leselupe-extension-{chrome,firefox}.zip.
extension: wasm
	node demo/extension/pack.mjs

demo: demo-site
	@echo "Leselupe demo: http://127.0.0.1:$(PORT)/"
	node tools/serve.mjs --root $(BUILD)/demo --port $(PORT)

# --- tests ------------------------------------------------------------------------------
test: deps npm native wasm demo-site extension
	$(MAKE) --no-print-directory test-native test-types test-node test-eval test-browser test-pages test-sanitize test-tsan fuzz-smoke test-batch

# The fast inner loop: the native core, its Catch2 tests without the [slow] ones, the CLI
# contract and the data schema check (a wrong kind in a table fails with its file and line).
check: deps
	cmake -S . -B $(BUILD)/native -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build $(BUILD)/native -j $(JOBS) --target core_tests leselupe
	$(BUILD)/native/bin/core_tests '~[slow]'
	cd $(BUILD)/native && ctest --output-on-failure -R '^(cli_contract|data_schema_rejects_unknown_kind)$$'

test-native:
	cd $(BUILD)/native && ctest --output-on-failure -j $(JOBS)

# The package's hand-written types against code that uses them (web/index.d.ts, web/node.d.ts).
test-types: npm
	node_modules/.bin/tsc -p tests/types

test-node:
	node --test tests/node/

# The browser suite in Chromium, Firefox and WebKit (LESELUPE_ENGINES to choose); the big-page
# cases in Chromium only. test-browser-all: the big-page cases in every engine too.
test-browser:
	node tests/browser/run.mjs

.PHONY: test-browser-all
test-browser-all:
	LESELUPE_BIG_ENGINES=chromium,firefox,webkit node tests/browser/run.mjs

# A representative subset of the real pages, with thresholds (skipped without ../shared/data).
test-pages:
	node --test tests/pages/

# Every Readability test page in Chromium: article F1 (ours and Readability.js's), dates,
# language, marks, modes, restore, time → build/pages.md, build/pages.json.
pages: npm wasm
	node tests/pages/run.mjs

# The core tests, the CLI contract and the fuzz regressions under ASan (with LeakSanitizer)
# and UBSan: any report fails the test.
test-sanitize: deps
	cmake -S . -B $(BUILD)/sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLESELUPE_SANITIZE=ON >/dev/null
	cmake --build $(BUILD)/sanitize -j $(JOBS)
	cd $(BUILD)/sanitize && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

# leselupe batch through real pipes (a shell pipeline, a Node child writing in small chunks),
# 100,000 mixed lines, 1, 2 and 8 threads, byte for byte against the single-threaded file run.
# make test runs it once; test-batch-stress repeats it BATCH_REPEAT (50) times to catch races.
# Then the Hadoop streaming stand-in with the self-contained binary (make dist).
BATCH_REPEAT ?= 50
test-batch: dist
	node tests/batch/pipes.mjs --cli $(BUILD)/native/bin/leselupe --work $(BUILD)/batch-pipes --repeat 1
	bash tests/batch/streaming.sh $(BUILD)/dist/leselupe-linux-x86_64 $(BUILD)/batch-pipes/input.jsonl \
	  $(BUILD)/batch-streaming 4 $(BUILD)/native/bin/leselupe

test-batch-stress:
	node tests/batch/pipes.mjs --cli $(BUILD)/native/bin/leselupe --work $(BUILD)/batch-pipes --repeat $(BATCH_REPEAT)

# The native tests that run threads (the batch engine, concurrent Annotate calls, the CLI's
# faults) and the batch through real pipes, under ThreadSanitizer: any report fails.
TSAN_ENV := TSAN_OPTIONS=halt_on_error=1:abort_on_error=1:second_deadlock_stack=1
test-tsan: deps
	cmake -S . -B $(BUILD)/tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLESELUPE_TSAN=ON >/dev/null
	cmake --build $(BUILD)/tsan -j $(JOBS) --target core_tests leselupe
	$(TSAN_ENV) $(BUILD)/tsan/bin/core_tests "[batch],Several threads annotate at once and agree"
	$(TSAN_ENV) bash tests/core/batch_faults.sh $(abspath $(BUILD))/tsan/bin/leselupe $(abspath $(BUILD))/tsan/batch_faults
	$(TSAN_ENV) node tests/batch/pipes.mjs --cli $(BUILD)/tsan/bin/leselupe --work $(BUILD)/tsan/batch-pipes \
	  --lines 3000 --repeat 2

# A self-contained CLI for machines without libicu (cluster workers): static ICU and C++
# runtime, the cut-down ICU data embedded (as in the wasm build) → build/dist/leselupe-linux-x86_64,
# then checked in a clean environment.
dist: deps
	@dat=$$(bash tools/icu/make-icu-data.sh | tail -n 1); \
	cmake -S . -B $(BUILD)/dist-build -DCMAKE_BUILD_TYPE=Release -DLESELUPE_DIST=ON -DBUILD_TESTING=OFF \
	  -DLESELUPE_ICU_DAT="$$dat" >/dev/null; \
	cmake --build $(BUILD)/dist-build -j $(JOBS) --target leselupe
	mkdir -p $(BUILD)/dist
	strip -o $(BUILD)/dist/leselupe-linux-x86_64 $(BUILD)/dist-build/bin/leselupe
	bash tests/batch/dist.sh $(BUILD)/dist/leselupe-linux-x86_64

# libFuzzer (clang): every target of tests/fuzz/targets.txt until its executions there (1M to
# 10M; at most FUZZ_MAX_SECONDS each); the corpus grows in $(LESELUPE_CACHE)/fuzz-corpus.
# fuzz-corpus then minimises it into tests/fuzz/corpus/ (committed, replayed by CTest).
fuzz: deps
	bash tools/fuzz/run.sh goal

fuzz-corpus: deps
	bash tools/fuzz/minimize.sh

# The short pass `make test` runs.
fuzz-smoke: deps
	bash tools/fuzz/run.sh $(FUZZ_SMOKE_SECONDS)

# The quality ratchet: native and wasm must agree, and no figure may drop.
test-eval:
	node tests/eval/eval.mjs --engine both --check --quiet

# The corpus (tuned on, ratcheted), then the held-out set (never tuned on: generalization).
eval: deps npm native wasm
	node tests/eval/eval.mjs --engine both
	@echo
	node tests/eval/eval.mjs --engine both --corpus tests/heldout --out build/eval-heldout.json

# Named entities on the public dev splits (GermEval 2014, GUM, WNUT 2017; TRAIN= where they are):
# the tagger alone and the whole system, then the corpus and held-out set. CURVES=1 adds the
# learning and model-size curves. ner-models retrains data/*/ner.bin (tools/ner/train-models.sh).
TRAIN ?= ../shared/data/train
.PHONY: eval-ner ner-models
eval-ner: deps npm native
	TRAIN=$(TRAIN) bash tools/ner/eval-ner.sh

ner-models: deps native
	TRAIN=$(TRAIN) bash tools/ner/train-models.sh $(BUILD)/native

# Regenerates data/lexicon and data/*/calendar.tsv from CLDR, GeoNames and npm facts.
# Speed and size: native, wasm in Node and Chromium, peers (chrono-node, compromise) in the
# same run → build/bench.json, build/bench.md. No timing is asserted anywhere.
bench: deps npm native wasm
	node tools/bench/bench.mjs

lexicon: deps
	bash tools/lexicon/build.sh

# Regenerates the case-fold table from the system ICU's Unicode data (tools/text/gen_case_fold.cc).
case-fold-table: native
	cmake --build $(BUILD)/native --target gen_case_fold
	$(BUILD)/native/bin/gen_case_fold > core/src/text/case_fold_table.cc

clean:
	rm -rf $(BUILD)

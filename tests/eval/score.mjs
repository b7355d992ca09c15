// Scoring predictions against gold (conventions in tests/corpus/FORMAT.md).

const KINDS = ['person', 'place', 'date', 'quote'];

const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * One-to-one matching of predictions to gold of one kind. Exact bounds first, then the
 * largest overlap (lenient) — or exact bounds only (strict).
 * @returns {Map<number, number>} gold index -> prediction index
 */
export function match(gold, pred, strict) {
  const pairs = new Map();
  const usedPred = new Set();
  for (let g = 0; g < gold.length; g += 1) {
    const p = pred.findIndex((x, i) => !usedPred.has(i) && x.start === gold[g].start && x.end === gold[g].end);
    if (p >= 0) {
      pairs.set(g, p);
      usedPred.add(p);
    }
  }
  if (strict) return pairs;
  const candidates = [];
  for (let g = 0; g < gold.length; g += 1) {
    if (pairs.has(g)) continue;
    for (let p = 0; p < pred.length; p += 1) {
      if (usedPred.has(p)) continue;
      const o = overlap(gold[g], pred[p]);
      if (o > 0) candidates.push([o, g, p]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0]);
  for (const [, g, p] of candidates) {
    if (pairs.has(g) || usedPred.has(p)) continue;
    pairs.set(g, p);
    usedPred.add(p);
  }
  return pairs;
}

function speakerRight(gold, pred) {
  const s = pred.speaker ?? null;
  if (gold.speaker === null) return s === null;
  if (s === null) return false;
  if (gold.speaker.kind === 'person') return s.entity === gold.speaker.entity;
  return s.entity === null;
}

function dateRight(gold, pred) {
  if ((pred.value ?? null) !== gold.value) return false;
  return gold.mod === undefined || pred.mod === gold.mod;
}

function emptyCounts() {
  return { tp: 0, fp: 0, fn: 0, tp_strict: 0, fp_strict: 0, fn_strict: 0, value_ok: 0, value_n: 0, speaker_ok: 0, speaker_n: 0 };
}

/** Scores one article; adds to `counts[kind]` and pushes error lines to `errors`. */
export function scoreArticle(article, predictions, counts, errors) {
  for (const kind of KINDS) {
    const gold = article.gold.filter((g) => g.type === kind);
    const pred = predictions.filter((p) => p.type === kind);
    const c = counts[kind] ?? (counts[kind] = emptyCounts());
    const lenient = match(gold, pred, false);
    const strict = match(gold, pred, true);
    const matchedPred = new Set(lenient.values());
    const matchedStrict = new Set(strict.values());
    gold.forEach((g, gi) => {
      if (g.optional) return;
      if (lenient.has(gi)) {
        c.tp += 1;
        const p = pred[lenient.get(gi)];
        if (kind === 'date') {
          c.value_n += 1;
          if (dateRight(g, p)) c.value_ok += 1;
          else errors.push({ article: article.id, kind, error: 'value', text: g.text, gold: g.value + (g.mod ? ` ${g.mod}` : ''), got: (p.value ?? null) + (p.mod ? ` ${p.mod}` : '') });
        }
        if (kind === 'quote') {
          c.speaker_n += 1;
          const right = speakerRight(g, p);
          if (g.cls) {
            const k = (c.classes ??= {})[g.cls] ??= { n: 0, ok: 0 };
            k.n += 1;
            if (right) k.ok += 1;
          }
          if (right) c.speaker_ok += 1;
          else errors.push({ article: article.id, kind, error: 'speaker', text: g.text.slice(0, 60), gold: g.speaker ? (g.speaker.entity ?? g.speaker.kind) : null, got: p.speaker ? (p.speaker.entity ?? `(${p.speaker.text})`) : null });
        }
      } else {
        c.fn += 1;
        errors.push({ article: article.id, kind, error: 'miss', text: g.text.slice(0, 80), at: g.start });
      }
      if (strict.has(gi)) c.tp_strict += 1;
      else c.fn_strict += 1;
    });
    pred.forEach((p, pi) => {
      if (!matchedPred.has(pi)) {
        c.fp += 1;
        errors.push({ article: article.id, kind, error: 'false', text: p.text.slice(0, 80), at: p.start });
      }
      if (!matchedStrict.has(pi)) {
        // A prediction on an optional gold span counts neither way, strict or lenient.
        const onOptional = gold.some((g, gi) => g.optional && (strict.get(gi) === pi || lenient.get(gi) === pi));
        if (!onOptional) c.fp_strict += 1;
      }
    });
    // Lenient false hits exclude predictions matched to optional gold: matchedPred has them.
  }
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x) => Math.round(x * 10000) / 10000;

/** Figures from counts: precision, recall, F1 (lenient and strict) and accuracies. */
export function figures(c) {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  const ps = ratio(c.tp_strict, c.tp_strict + c.fp_strict);
  const rs = ratio(c.tp_strict, c.tp_strict + c.fn_strict);
  const out = {
    precision: round(p), recall: round(r), f1: round(f1(p, r)),
    strict_precision: round(ps), strict_recall: round(rs), strict_f1: round(f1(ps, rs)),
    gold: c.tp + c.fn, predicted: c.tp + c.fp,
  };
  if (c.value_n) out.value_accuracy = round(c.value_ok / c.value_n);
  if (c.speaker_n) out.speaker_accuracy = round(c.speaker_ok / c.speaker_n);
  // Speaker accuracy per attribution class (quotes whose gold has c=), with the count behind it.
  if (c.classes) {
    out.speaker_by_class = {};
    for (const name of Object.keys(c.classes).sort()) {
      const k = c.classes[name];
      out.speaker_by_class[name] = { accuracy: round(k.ok / k.n), quotes: k.n };
    }
  }
  return out;
}

export { KINDS };

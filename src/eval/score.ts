/**
 * `scoreRun`: one system's predictions against the gold, as the eval.json object (CONTRACT.md).
 *
 * Decisions (each pinned by a test in test/eval/):
 * - Scored: gold documents only; predicted mentions of types other than ORG/PERSON/LOC are
 *   ignored everywhere (counted in `skipped.ignored_types`).
 * - Every score is micro-averaged: counts are summed, then p = tp/pred, r = tp/gold,
 *   f1 = 2pr/(p+r); a zero denominator gives 0 (conlleval). p, r, f1 are rounded to 4 places.
 * - Mentions (match-mentions.ts): strict = same start, end, type (conlleval's exact chunk);
 *   lenient = same type and overlapping, one to one: exact pairs first, then greedy by largest
 *   overlap (nervaluate "partial", without the half credit). Contract keys ORG/PERSON/LOC are
 *   strict; `lenient_by_type` has the lenient ones.
 * - Sentences (score-sentences.ts): a predicted sentence is right when its end equals an unused
 *   gold end. A gold file with no sentences is left out of sentence and relation scores.
 * - Linking (score-linking.ts): corpus-wide over strictly matched mentions; the gold entity of a
 *   mention is its gold `canonical` (gold-check enforces one type per canonical), the predicted
 *   cluster its `entity_id`. Pairwise counts mention pairs; B-cubed follows Bagga & Baldwin.
 * - Relations (score-relations.ts): each predicted id stands for the gold entity most of its
 *   strictly matched mentions have (tie: the one met first in doc_id, start order); other ids stay
 *   distinct. Pairs come from mentions sharing a sentence: `mention.sentence` for predictions,
 *   the containing gold sentence for gold (relations.jsonl is not read). `doc` sums per-document
 *   pair sets; `corpus` compares the unions.
 */
import { analyseRun, cmp, type RunAnalysis } from './analyse-run.ts';
import { prf, sumScores, type Counts } from './prf.ts';
import { b3Linking, pairwiseLinking } from './score-linking.ts';
import { scoreRelations, scoreSets } from './score-relations.ts';
import { SCORED_TYPES, type DocScore, type EvalInput, type EvalReport, type Score, type ScoredType } from './types.ts';

/**
 * Score one system.
 * @param input gold documents and the system's sentence and mention records
 * @returns the eval.json object: contract keys (`docs`, `mentions`, `sentences`, `linking`,
 *   `relations`) then `lenient_by_type`, `skipped` and `per_doc`
 * Note: only gold documents are scored; gold documents with no sentences are left out of the
 * sentence and relation scores (listed in `skipped.no_gold_sentences`).
 */
export function scoreRun(input: EvalInput): EvalReport {
  return summarise(analyseRun(input));
}

/** Turn an analysis into the eval.json object. */
export function summarise(a: RunAnalysis): EvalReport {
  const strictBy = typeCounts();
  const lenientBy = typeCounts();
  const perDoc: DocScore[] = [];
  const ignored: Record<string, number> = {};
  for (const d of a.docs) {
    for (const t of SCORED_TYPES) {
      const gold = d.gold.filter((m) => m.type === t).length;
      const pred = d.pred.filter((m) => m.type === t).length;
      strictBy[t].push({ tp: d.strict.filter((p) => d.gold[p.gold]!.type === t).length, pred, gold });
      lenientBy[t].push({ tp: d.lenient.filter((p) => d.gold[p.gold]!.type === t).length, pred, gold });
    }
    for (const m of d.ignored) ignored[m.type] = (ignored[m.type] ?? 0) + 1;
    perDoc.push({
      doc_id: d.doc_id,
      mentions: {
        strict: prf(d.strict.length, d.pred.length, d.gold.length),
        lenient: prf(d.lenient.length, d.pred.length, d.gold.length),
      },
      sentences: d.sentences ? d.sentences.score : null,
      relations: d.pairs ? scoreSets(d.pairs.gold, d.pairs.pred) : null,
    });
  }
  const withPairs = a.docs.flatMap((d) => (d.pairs ? [d.pairs] : []));
  const relations = scoreRelations(withPairs);
  const sortedIgnored: Record<string, number> = {};
  for (const k of Object.keys(ignored).sort(cmp)) sortedIgnored[k] = ignored[k]!;
  return {
    docs: a.docs.length,
    mentions: {
      strict: sumScores(perDoc.map((d) => d.mentions.strict)),
      lenient: sumScores(perDoc.map((d) => d.mentions.lenient)),
      ORG: sumScores(strictBy.ORG),
      PERSON: sumScores(strictBy.PERSON),
      LOC: sumScores(strictBy.LOC),
    },
    sentences: sumScores(a.docs.flatMap((d) => (d.sentences ? [d.sentences.score] : []))),
    linking: { pairwise: pairwiseLinking(a.table), b3: b3Linking(a.table) },
    relations: { doc: relations.doc, corpus: relations.corpus },
    lenient_by_type: { ORG: sumScores(lenientBy.ORG), PERSON: sumScores(lenientBy.PERSON), LOC: sumScores(lenientBy.LOC) },
    skipped: {
      no_predictions: a.docs.filter((d) => d.pred.length + d.ignored.length + d.predSentences.length === 0).map((d) => d.doc_id),
      no_gold_sentences: a.docs.filter((d) => !d.sentences).map((d) => d.doc_id),
      predicted_docs_without_gold: a.predictedDocsWithoutGold,
      ignored_types: sortedIgnored,
    },
    per_doc: perDoc,
  };
}

function typeCounts(): Record<ScoredType, Counts[]> {
  return { ORG: [], PERSON: [], LOC: [] };
}

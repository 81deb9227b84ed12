// Tables below the network: counts per type, top entities, eval scores, diagnostics, warnings.

const TOP_ENTITIES = 20;

/** A table from a header row and body rows (cells: string, number or Node). */
function table(headers, rows, numericFrom) {
  const t = el('table');
  const head = el('tr');
  headers.forEach((h, i) => head.appendChild(el('th', { scope: 'col', class: i >= numericFrom ? 'num' : '' }, h)));
  t.appendChild(el('thead')).appendChild(head);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    row.forEach((cell, i) => {
      const td = el('td', { class: i >= numericFrom ? 'num' : '' });
      if (cell instanceof Node) td.appendChild(cell);
      else td.textContent = typeof cell === 'number' ? fmt(cell) : cell === null || cell === undefined ? '–' : String(cell);
      tr.appendChild(td);
    });
    body.appendChild(tr);
  }
  t.appendChild(body);
  return t;
}

/** Counts per type, with colour swatches. */
function renderTypeCounts(box, data) {
  const rows = data.types.map((t) => {
    const name = el('span');
    name.append(swatch(t.color), document.createTextNode(t.type || '(none)'));
    return [name, t.entities, t.mentions];
  });
  box.appendChild(table(['Type', 'Entities', 'Mentions'], rows, 1));
}

/** The most mentioned entities; names select the node. */
function renderTopEntities(box, data, ranked, select) {
  const rows = ranked.slice(0, TOP_ENTITIES).map((ni, r) => {
    const n = data.nodes[ni];
    return [String(r + 1), linkButton(n.label, () => select('node', ni)), n.type || '(none)', n.mentions, n.documents];
  });
  box.appendChild(table(['#', 'Entity', 'Type', 'Mentions', 'Documents'], rows, 3));
}

/** Scores from eval.json: the score table, F1 per document, false positives / negatives. */
function renderEval(box, ev) {
  box.appendChild(el('p', null, 'Scores against the gold files' + (ev.docs !== null ? ' (' + fmt(ev.docs) + ' documents)' : '') + '. FP = predicted but not in gold; FN = in gold but not predicted.'));
  box.appendChild(table(['Score', 'P', 'R', 'F1', 'TP', 'Pred', 'Gold', 'FP', 'FN'],
    ev.rows.map((r) => [r.name, fmtScore(r.p), fmtScore(r.r), fmtScore(r.f1), r.tp, r.pred, r.gold, r.fp, r.fn]), 1));
  if (ev.perDoc) {
    box.appendChild(el('h3', null, 'F1 per document'));
    const wrap = el('div', { class: 'scroll-x' });
    wrap.appendChild(table(['Document'].concat(ev.perDoc.columns),
      ev.perDoc.rows.map((r) => [r.doc_id].concat(r.f1.map(fmtScore))), 1));
    box.appendChild(wrap);
  }
  const errors = ev.rows.filter((r) => (r.fp || 0) + (r.fn || 0) > 0)
    .sort((a, b) => (b.fp || 0) + (b.fn || 0) - ((a.fp || 0) + (a.fn || 0)) || cmp(a.name, b.name));
  box.appendChild(el('h3', null, 'Error summary'));
  if (errors.length === 0) box.appendChild(el('p', null, 'No false positives or false negatives in any score.'));
  else {
    const list = el('ul', { class: 'errors' });
    for (const r of errors) {
      list.appendChild(el('li', null, r.name + ': ' + fmt(r.fp) + ' false positive(s), ' + fmt(r.fn) + ' false negative(s) (F1 ' + fmtScore(r.f1) + ')'));
    }
    box.appendChild(list);
  }
  if (ev.extra !== null) {
    const details = el('details');
    details.appendChild(el('summary', null, 'Other fields of eval.json'));
    details.appendChild(el('pre', null, ev.extra));
    box.appendChild(details);
  }
}

const ERROR_KINDS = {
  missed: 'Missed mentions (in gold, not predicted)',
  spurious: 'Spurious mentions (predicted, not in gold)',
  type: 'Type errors (same span, other type)',
  boundary: 'Boundary errors (same type, other span)',
  link_split: 'Gold entities split over several ids',
  link_merge: 'Ids merging several gold entities',
  sentence_missed: 'Missed sentence ends',
  sentence_spurious: 'Spurious sentence ends',
  relation_missed: 'Missed relation pairs (corpus)',
  relation_spurious: 'Spurious relation pairs (corpus)',
};

/** Context text with the ⟦…⟧ span as a <mark>. */
function contextParagraph(text) {
  const p = el('p', { class: 'sentence' });
  const open = text.indexOf('⟦');
  const close = text.indexOf('⟧', open + 1);
  if (open < 0 || close < 0) p.textContent = text;
  else p.append(document.createTextNode(text.slice(0, open)), el('mark', { class: 'self' }, text.slice(open + 1, close)), document.createTextNode(text.slice(close + 1)));
  return p;
}

/** eval-errors.jsonl by kind: counts, most frequent items, and examples in collapsed lists. */
function renderEvalErrors(box, summary) {
  box.appendChild(el('h3', null, 'Error records (eval-errors.jsonl)'));
  box.appendChild(el('p', null, fmt(summary.total) + ' error record(s).'));
  box.appendChild(table(['Kind', 'Most frequent', 'Count'], summary.kinds.map((k) => [
    ERROR_KINDS[k.kind] || k.kind,
    k.top.map((t) => t.label + (t.count > 1 ? ' ×' + t.count : '')).join(', '),
    k.count,
  ]), 2));
  for (const k of summary.kinds) {
    const details = el('details', { class: 'error-kind' });
    details.appendChild(el('summary', null, (ERROR_KINDS[k.kind] || k.kind) + ': ' + (k.examples.length < k.count ? 'first ' + k.examples.length + ' of ' : '') + fmt(k.count)));
    const list = el('ol', { class: 'evidence-list' });
    for (const ex of k.examples) {
      const li = el('li');
      if (ex.doc) li.appendChild(el('div', { class: 'where' })).appendChild(el('bdi', null, ex.doc));
      li.appendChild(contextParagraph(ex.text));
      list.appendChild(li);
    }
    details.appendChild(list);
    box.appendChild(details);
  }
}

/** Diagnostics counted by severity and code. */
function renderDiagnostics(box, diag) {
  box.appendChild(el('p', null, fmt(diag.total) + ' diagnostic(s) in diagnostics.jsonl.'));
  box.appendChild(table(['Severity', 'Code', 'Example', 'Count'], diag.rows.map((r) => [r.severity, r.code, r.example, r.count]), 3));
}

/** Problems found while the report was built. */
function renderWarnings(box, warnings) {
  const list = el('ul');
  for (const w of warnings) list.appendChild(el('li', null, w));
  box.appendChild(list);
}

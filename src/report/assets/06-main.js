// Wiring: read the data block, build filters, pick what to draw, run the layout, handle selection.

const EDGE_CAP = 3000; // edges drawn at first; the minimum-weight filter starts high enough to stay under
const SEARCH_RESULTS = 20;

const data = JSON.parse(document.getElementById('report-data').textContent);
const colors = new Map(data.types.map((t) => [t.type, t.color]));
const ranked = data.nodes.map((_, i) => i)
  .sort((a, b) => data.nodes[b].mentions - data.nodes[a].mentions || cmp(data.nodes[a].id, data.nodes[b].id));
const rankOf = new Map(ranked.map((ni, r) => [ni, r]));
const edgesOfNode = new Map();
data.edges.forEach((e, ei) => {
  for (const ni of [e.s, e.t]) {
    if (!edgesOfNode.has(ni)) edgesOfNode.set(ni, []);
    edgesOfNode.get(ni).push(ei);
  }
});
const edgesOf = (ni) => edgesOfNode.get(ni) || [];
const searchKeys = data.nodes.map((n) => fold([n.label, n.id].concat(n.aliases).join('\u0000')));

const $ = (id) => document.getElementById(id);
const state = {
  types: new Set(data.types.map((t) => t.type)),
  maxNodes: Math.min(data.options.maxNodes, data.nodes.length),
  minWeight: 1,
  hideIsolated: false,
  selection: null, // {kind: 'node' | 'edge', index}
  query: '',
  matches: new Set(),
  drawnNodes: new Set(),
  drawnEdges: new Set(),
};
const positions = new Map();
let layoutRun = null;

/** Node and edge indices to draw under the current filters. */
function pickVisible() {
  const nodes = ranked.filter((ni) => state.types.has(data.nodes[ni].type)).slice(0, state.maxNodes);
  const inSet = new Set(nodes);
  const edges = [];
  data.edges.forEach((e, ei) => {
    if (e.sentences >= state.minWeight && inSet.has(e.s) && inSet.has(e.t)) edges.push(ei);
  });
  if (!state.hideIsolated) return { nodes, edges };
  const linked = new Set();
  for (const ei of edges) { linked.add(data.edges[ei].s); linked.add(data.edges[ei].t); }
  return { nodes: nodes.filter((ni) => linked.has(ni)), edges };
}

/** The smallest minimum weight that keeps the first drawing under EDGE_CAP edges. */
function initialMinWeight() {
  const top = new Set(ranked.slice(0, state.maxNodes));
  const weights = data.edges.filter((e) => top.has(e.s) && top.has(e.t)).map((e) => e.sentences).sort((a, b) => b - a);
  if (weights.length <= EDGE_CAP) return 1;
  return weights[EDGE_CAP - 1] + 1;
}

function updateNote(visible) {
  const candidates = ranked.filter((ni) => state.types.has(data.nodes[ni].type)).length;
  let note = 'Drawing ' + fmt(visible.nodes.length) + ' of ' + fmt(data.nodes.length) + ' entities and ' +
    fmt(visible.edges.length) + ' of ' + fmt(data.edges.length) + ' relations';
  if (state.minWeight > 1) note += ' (relations with at least ' + fmt(state.minWeight) + ' sentences)';
  note += '.';
  if (candidates > state.maxNodes) note += ' Only the ' + fmt(state.maxNodes) + ' most mentioned entities of the selected types are drawn; raise "Max. nodes" to draw more.';
  $('cap-note').textContent = note;
}

/** Redraw after a filter change; `fresh` restarts the layout from the spiral. */
function redraw(fresh) {
  const visible = pickVisible();
  state.drawnNodes = new Set(visible.nodes);
  state.drawnEdges = new Set(visible.edges);
  if (fresh) positions.clear();
  for (const ni of visible.nodes) if (!positions.has(ni)) positions.set(ni, spiralPosition(rankOf.get(ni)));
  const local = new Map(visible.nodes.map((ni, i) => [ni, i]));
  const layoutEdges = visible.edges.map((ei) => [local.get(data.edges[ei].s), local.get(data.edges[ei].t), data.edges[ei].sentences]);
  graph.show(visible.nodes, visible.edges, positions);
  updateNote(visible);
  applyHighlight();
  const iterations = fresh ? 300 : 120;
  layoutRun = createLayout(visible.nodes, layoutEdges, positions, { iterations, temperature: fresh ? 60 : 15 });
  const run = layoutRun;
  let lastRender = 0;
  let renderCost = 0;
  document.body.dataset.layout = 'running';
  function frame(now) {
    if (run !== layoutRun) return;
    const finished = run.step(30);
    // Moving thousands of SVG elements can cost more than the layout itself: redraw at most a
    // few times a second, and rarely enough that drawing takes under a fifth of the time.
    if (finished || now - lastRender > Math.max(250, renderCost * 5)) {
      const t0 = performance.now();
      graph.render();
      renderCost = performance.now() - t0;
      lastRender = now;
      $('layout-status').textContent = finished ? '' : 'Laying out… ' + Math.round(run.progress * 100) + '%';
    }
    if (finished) document.body.dataset.layout = 'done';
    else requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
}

function applyHighlight() {
  const sel = state.selection;
  const focusNodes = new Set();
  const focusEdges = new Set();
  let selectedNode = -1;
  if (sel && sel.kind === 'node') {
    selectedNode = sel.index;
    focusNodes.add(sel.index);
    for (const ei of edgesOf(sel.index)) {
      focusEdges.add(ei);
      focusNodes.add(data.edges[ei].s);
      focusNodes.add(data.edges[ei].t);
    }
  } else if (sel && sel.kind === 'edge') {
    focusEdges.add(sel.index);
    focusNodes.add(data.edges[sel.index].s);
    focusNodes.add(data.edges[sel.index].t);
  }
  graph.setHighlight(Boolean(sel), selectedNode, focusNodes, focusEdges, state.matches);
}

/** Select a node or an edge (kind null clears) and show its evidence. */
function select(kind, index) {
  state.selection = kind ? { kind, index } : null;
  const panel = $('details');
  if (kind === 'node') showNodeDetails(panel, data, colors, index, state.drawnNodes.has(index), edgesOf, select);
  else if (kind === 'edge') showEdgeDetails(panel, data, index, state.drawnEdges.has(index), select);
  else showNoDetails(panel);
  applyHighlight();
}

function runSearch() {
  const q = fold($('search').value.trim());
  state.query = q;
  state.matches = new Set();
  const results = $('search-results');
  clear(results);
  if (q !== '') {
    for (const ni of ranked) if (searchKeys[ni].includes(q)) state.matches.add(ni);
    const shown = ranked.filter((ni) => state.matches.has(ni)).slice(0, SEARCH_RESULTS);
    for (const ni of shown) {
      const li = el('li');
      li.appendChild(linkButton(data.nodes[ni].label, () => select('node', ni)));
      li.appendChild(document.createTextNode(' · ' + (data.nodes[ni].type || '(none)') + (state.drawnNodes.has(ni) ? '' : ' · not drawn')));
      results.appendChild(li);
    }
    $('search-count').textContent = fmt(state.matches.size) + ' match(es)' + (state.matches.size > shown.length ? ', first ' + shown.length + ' listed' : '');
  } else $('search-count').textContent = '';
  applyHighlight();
}

function buildControls() {
  const types = $('type-filters');
  for (const t of data.types) {
    const label = el('label', { class: 'type-filter' });
    const box = el('input', { type: 'checkbox' });
    box.checked = true;
    box.dataset.type = t.type;
    box.addEventListener('change', () => {
      if (box.checked) state.types.add(t.type); else state.types.delete(t.type);
      redraw(false);
    });
    label.append(box, swatch(t.color), document.createTextNode((t.type || '(none)') + ' (' + fmt(t.entities) + ')'));
    types.appendChild(label);
  }
  const maxNodes = $('max-nodes');
  maxNodes.max = String(Math.max(data.nodes.length, 1));
  maxNodes.value = String(state.maxNodes);
  maxNodes.addEventListener('change', () => {
    const v = Math.floor(Number(maxNodes.value));
    state.maxNodes = Number.isFinite(v) && v >= 1 ? Math.min(v, data.nodes.length) : state.maxNodes;
    maxNodes.value = String(state.maxNodes);
    redraw(false);
  });
  const minWeight = $('min-weight');
  minWeight.value = String(state.minWeight);
  minWeight.addEventListener('change', () => {
    const v = Math.floor(Number(minWeight.value));
    state.minWeight = Number.isFinite(v) && v >= 1 ? v : 1;
    minWeight.value = String(state.minWeight);
    redraw(false);
  });
  $('hide-isolated').addEventListener('change', (ev) => { state.hideIsolated = ev.target.checked; redraw(false); });
  $('relayout').addEventListener('click', () => { graph.resetView(); redraw(true); });
  $('search').addEventListener('input', runSearch);
  $('search').addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter') return;
    const first = ranked.find((ni) => state.matches.has(ni));
    if (first !== undefined) select('node', first);
  });
}

function renderSummary() {
  const s = data.summary;
  $('summary').textContent = fmt(s.documents) + ' documents · ' + fmt(s.sentences) + ' sentences · ' + fmt(s.mentions) +
    ' mentions · ' + fmt(s.entities) + ' entities · ' + fmt(s.relations) + ' relations';
  renderTypeCounts($('type-counts'), data);
  renderTopEntities($('top-entities'), data, ranked, select);
  if (data.eval) renderEval($('eval'), data.eval);
  if (data.evalErrors) renderEvalErrors($('eval'), data.evalErrors);
  if (data.eval || data.evalErrors) $('eval-section').hidden = false;
  if (data.diagnostics) { $('diagnostics-section').hidden = false; renderDiagnostics($('diagnostics'), data.diagnostics); }
  if (data.warnings.length > 0) { $('warnings-section').hidden = false; renderWarnings($('warnings'), data.warnings); }
}

const graph = createGraphView($('graph'), data, colors, {
  onNode: (ni) => select('node', ni),
  onEdge: (ei) => select('edge', ei),
  onBackground: () => select(null, 0),
});
state.minWeight = initialMinWeight();
buildControls();
renderSummary();
showNoDetails($('details'));
redraw(true);
window.addEventListener('resize', () => graph.render());

/** Read-only hooks for tests and for the curious reader's console. */
window.tanzeemReport = Object.freeze({
  drawnNodeCount: () => state.drawnNodes.size,
  drawnEdgeCount: () => state.drawnEdges.size,
  nodeIndex: (id) => data.nodes.findIndex((n) => n.id === id),
  screenPosition: (id) => graph.screenPosition(data.nodes.findIndex((n) => n.id === id)),
});

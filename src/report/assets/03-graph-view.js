// The network drawing: one SVG with edges, wide invisible edge hit lines, nodes and labels.
// Layout coordinates map to screen pixels by a fit-to-box transform plus the reader's zoom / pan.

const LABELS_SHOWN = 25; // labels of the most mentioned drawn nodes; others show on selection / search
const LABEL_CHARS = 32; // longer labels are cut with an ellipsis (the tooltip has the full name)

/**
 * Create the view on `svg`. `handlers.onNode(i)`, `handlers.onEdge(i)`, `handlers.onBackground()`
 * receive clicks. Returns an object with show(), render(), setHighlight(), screenPosition().
 */
function createGraphView(svg, data, colors, handlers) {
  const gEdges = svgEl('g', { class: 'edges' });
  const gHits = svgEl('g', { class: 'edge-hits' });
  const gNodes = svgEl('g', { class: 'nodes' });
  const gLabels = svgEl('g', { class: 'labels', 'aria-hidden': 'true' });
  svg.append(gEdges, gHits, gNodes, gLabels);

  const maxMentions = data.nodes.reduce((m, n) => Math.max(m, n.mentions), 1);
  const maxWeight = data.edges.reduce((m, e) => Math.max(m, e.sentences), 1);
  const radius = (n) => 4 + 14 * Math.sqrt(n.mentions / maxMentions);

  let nodeIds = []; // node indices drawn
  let edgeIds = []; // edge indices drawn
  let circles = new Map(); // node index → circle
  let lines = new Map(); // edge index → [visible line, hit line]
  let labels = new Map(); // node index → text
  let pos = new Map(); // node index → [x, y] (layout units)
  const view = { zoom: 1, panX: 0, panY: 0 };
  let transform = { cx: 0, cy: 0, scale: 1, w: 1, h: 1 };

  function computeTransform() {
    const box = svg.getBoundingClientRect();
    const w = Math.max(box.width, 1);
    const h = Math.max(box.height, 1);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const i of nodeIds) {
      const p = pos.get(i);
      if (!p) continue;
      minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]);
    }
    if (!isFinite(minX)) { minX = -1; maxX = 1; minY = -1; maxY = 1; }
    const padX = Math.min(200, w / 4); // room for labels, which run to the right of a node
    const padY = 30;
    const scale = Math.min((w - 2 * padX) / Math.max(maxX - minX, 1), (h - 2 * padY) / Math.max(maxY - minY, 1), 4);
    transform = { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, scale: Math.max(scale, 0.01), w, h };
  }

  function toScreen(p) {
    const t = transform;
    return [
      (p[0] - t.cx) * t.scale * view.zoom + t.w / 2 + view.panX,
      (p[1] - t.cy) * t.scale * view.zoom + t.h / 2 + view.panY,
    ];
  }

  /** Replace the drawn elements with `nodes` (indices) and `edges` (indices). */
  function show(nodes, edges, positions) {
    nodeIds = nodes;
    edgeIds = edges;
    pos = positions;
    clear(gEdges); clear(gHits); clear(gNodes); clear(gLabels);
    circles = new Map(); lines = new Map(); labels = new Map();
    for (const ei of edges) {
      const e = data.edges[ei];
      const width = 0.8 + 3.2 * Math.sqrt(e.sentences / maxWeight);
      const line = svgEl('line', { class: 'edge', 'stroke-width': width.toFixed(2) });
      const hit = svgEl('line', { class: 'edge-hit', 'data-edge': ei });
      const title = svgEl('title');
      title.textContent = data.nodes[e.s].label + ' — ' + data.nodes[e.t].label + ': ' + e.sentences + ' sentence(s)';
      hit.appendChild(title);
      hit.addEventListener('click', (ev) => { ev.stopPropagation(); if (!dragged()) handlers.onEdge(ei); });
      gEdges.appendChild(line);
      gHits.appendChild(hit);
      lines.set(ei, [line, hit]);
    }
    const byRank = nodes.slice().sort((a, b) => data.nodes[b].mentions - data.nodes[a].mentions || cmp(data.nodes[a].id, data.nodes[b].id));
    const labelled = new Set(byRank.slice(0, LABELS_SHOWN));
    for (const ni of byRank.slice().reverse()) { // most mentioned drawn last, on top
      const n = data.nodes[ni];
      const c = svgEl('circle', { class: 'node', r: radius(n).toFixed(2), fill: colors.get(n.type) || '#B0B0B0', 'data-node': ni });
      const title = svgEl('title');
      title.textContent = n.label + ' (' + (n.type || 'no type') + ') — ' + n.mentions + ' mention(s)';
      c.appendChild(title);
      c.addEventListener('click', (ev) => { ev.stopPropagation(); if (!dragged()) handlers.onNode(ni); });
      gNodes.appendChild(c);
      circles.set(ni, c);
      const text = svgEl('text', { class: labelled.has(ni) ? 'label' : 'label hidden' });
      text.textContent = n.label.length > LABEL_CHARS ? n.label.slice(0, LABEL_CHARS - 1) + '…' : n.label;
      gLabels.appendChild(text);
      labels.set(ni, text);
    }
    render();
  }

  /** Move every element to its current layout position. */
  function render() {
    computeTransform();
    const screen = new Map();
    for (const ni of nodeIds) screen.set(ni, toScreen(pos.get(ni)));
    for (const ei of edgeIds) {
      const e = data.edges[ei];
      const a = screen.get(e.s);
      const b = screen.get(e.t);
      for (const line of lines.get(ei)) {
        line.setAttribute('x1', a[0].toFixed(1)); line.setAttribute('y1', a[1].toFixed(1));
        line.setAttribute('x2', b[0].toFixed(1)); line.setAttribute('y2', b[1].toFixed(1));
      }
    }
    for (const ni of nodeIds) {
      const p = screen.get(ni);
      const c = circles.get(ni);
      c.setAttribute('cx', p[0].toFixed(1));
      c.setAttribute('cy', p[1].toFixed(1));
      const t = labels.get(ni);
      t.setAttribute('x', (p[0] + radius(data.nodes[ni]) + 3).toFixed(1));
      t.setAttribute('y', (p[1] + 4).toFixed(1));
    }
  }

  /**
   * Mark the selection: `focusNodes` (Set of node indices) and `focusEdges` (Set of edge indices)
   * stay bright, everything else dims when `active`; `matches` (Set) get a ring and a label.
   */
  function setHighlight(active, selectedNode, focusNodes, focusEdges, matches) {
    svg.classList.toggle('has-selection', active);
    for (const [ni, c] of circles) {
      c.classList.toggle('selected', ni === selectedNode);
      c.classList.toggle('dim', active && !focusNodes.has(ni));
      c.classList.toggle('match', matches.has(ni));
      labels.get(ni).classList.toggle('forced', (active && focusNodes.has(ni)) || matches.has(ni));
      labels.get(ni).classList.toggle('dim', active && !focusNodes.has(ni));
    }
    for (const [ei, pair] of lines) {
      pair[0].classList.toggle('active', focusEdges.has(ei));
      pair[0].classList.toggle('dim', active && !focusEdges.has(ei));
    }
  }

  // Zoom with the wheel around the pointer; pan by dragging the background.
  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const box = svg.getBoundingClientRect();
    const mx = ev.clientX - box.left - transform.w / 2;
    const my = ev.clientY - box.top - transform.h / 2;
    const factor = Math.exp(-ev.deltaY * 0.0015);
    const zoom = Math.min(Math.max(view.zoom * factor, 0.2), 20);
    const f = zoom / view.zoom;
    view.panX = mx - (mx - view.panX) * f;
    view.panY = my - (my - view.panY) * f;
    view.zoom = zoom;
    render();
  }, { passive: false });
  // A drag pans the view; the click that ends a drag selects nothing.
  let drag = null;
  let dragEndedClick = false;
  const dragged = () => dragEndedClick;
  svg.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, panX: view.panX, panY: view.panY, moved: false };
    dragEndedClick = false;
  });
  svg.addEventListener('pointermove', (ev) => {
    if (!drag || (ev.buttons & 1) === 0) return;
    const ddx = ev.clientX - drag.x;
    const ddy = ev.clientY - drag.y;
    if (Math.abs(ddx) + Math.abs(ddy) > 3) drag.moved = true;
    if (drag.moved) {
      view.panX = drag.panX + ddx;
      view.panY = drag.panY + ddy;
      render();
    }
  });
  window.addEventListener('pointerup', () => {
    if (!drag) return;
    dragEndedClick = drag.moved;
    drag = null;
  });
  svg.addEventListener('click', () => { if (!dragged()) handlers.onBackground(); });

  return {
    show,
    render,
    setHighlight,
    resetView() { view.zoom = 1; view.panX = 0; view.panY = 0; render(); },
    /** Client coordinates of a drawn node's centre, or null. */
    screenPosition(ni) {
      const c = circles.get(ni);
      if (!c) return null;
      const box = c.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
  };
}

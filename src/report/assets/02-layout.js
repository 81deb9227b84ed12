// A small Fruchterman–Reingold force layout (repulsion between all pairs, attraction along edges
// weighted by log(1 + sentences), gentle gravity, cooling). Deterministic: start positions come
// from a golden-angle spiral by rank, so the same data gives the same picture on every open.

const SPRING = 30; // ideal edge length, layout units
const GRAVITY = 0.3; // pull toward the centre, per unit of distance: keeps small components near
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Start position of the node ranked `rank` (0 = most mentioned, at the centre). */
function spiralPosition(rank) {
  const r = SPRING * 0.9 * Math.sqrt(rank + 0.5);
  const a = rank * GOLDEN_ANGLE;
  return [r * Math.cos(a), r * Math.sin(a)];
}

/**
 * Create a layout run over `nodes` (ids into pos arrays) and `edges` ([i, j, weight] with i, j
 * indices into `nodes`). `pos` is a Map id → [x, y] updated in place. Returns {step(n), done}.
 */
function createLayout(nodes, edges, pos, options) {
  const n = nodes.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = pos.get(nodes[i]);
    xs[i] = p[0];
    ys[i] = p[1];
  }
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const k = SPRING;
  const k2 = k * k;
  const total = options.iterations;
  let temperature = options.temperature;
  const cooling = Math.pow(0.02, 1 / Math.max(total, 1));
  let done = 0;

  function iterate() {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      const xi = xs[i];
      const yi = ys[i];
      for (let j = i + 1; j < n; j++) {
        let ddx = xi - xs[j];
        let ddy = yi - ys[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) {
          ddx = 0.1 * ((i % 7) - 3) + 0.05;
          ddy = 0.1 * ((j % 5) - 2) + 0.05;
          d2 = ddx * ddx + ddy * ddy;
        }
        const f = k2 / d2; // (k² / d) / d: force along the unit vector
        dx[i] += ddx * f;
        dy[i] += ddy * f;
        dx[j] -= ddx * f;
        dy[j] -= ddy * f;
      }
    }
    for (const [a, b, w] of edges) {
      const ddx = xs[a] - xs[b];
      const ddy = ys[a] - ys[b];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = (d / k) * (1 + Math.log(w)) * 0.6; // (d² / k) / d
      dx[a] -= ddx * f;
      dy[a] -= ddy * f;
      dx[b] += ddx * f;
      dy[b] += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] -= xs[i] * GRAVITY;
      dy[i] -= ys[i] * GRAVITY;
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (len > 0) {
        const m = Math.min(len, temperature) / len;
        xs[i] += dx[i] * m;
        ys[i] += dy[i] * m;
      }
    }
    temperature *= cooling;
    done += 1;
  }

  return {
    /** Run up to `count` iterations; returns true when the layout is finished. */
    step(count) {
      for (let c = 0; c < count && done < total; c++) iterate();
      for (let i = 0; i < n; i++) pos.set(nodes[i], [xs[i], ys[i]]);
      return done >= total;
    },
    get progress() {
      return total === 0 ? 1 : done / total;
    },
  };
}

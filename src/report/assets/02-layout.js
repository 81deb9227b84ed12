// A small force layout in the Fruchterman–Reingold family: repulsion between nearby nodes scaled
// by degree (as in ForceAtlas2), attraction along edges weighted by 1 + log(sentences), gravity
// toward the centre, cooling. Deterministic: start positions come from a golden-angle spiral by
// rank, so the same data gives the same picture on every open.

const SPRING = 30; // ideal edge length, layout units
const CUTOFF = SPRING * 3; // range of repulsion (short: keeps it O(n) and unlinked nodes near)
const GRAVITY = 0.1;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Start position of the node ranked `rank` (0 = most mentioned, at the centre). */
function spiralPosition(rank) {
  const r = SPRING * 0.9 * Math.sqrt(rank + 0.5);
  const a = rank * GOLDEN_ANGLE;
  return [r * Math.cos(a), r * Math.sin(a)];
}

/**
 * Create a layout run over `nodes` (ids into pos arrays) and `edges` ([i, j, weight] with i, j
 * indices into `nodes`). `pos` is a Map id → [x, y] updated in place. Returns {step(ms), progress};
 * the result depends only on the inputs and `options.iterations`, never on timing.
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
  // Mass is degree + 1 (as in ForceAtlas2), so hubs push each other apart and dense
  // co-occurrence clusters open up instead of piling their labels on one spot.
  const mass = new Float64Array(n).fill(1);
  for (const [a, b] of edges) { mass[a] += 1; mass[b] += 1; }
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const k = SPRING;
  const k2 = k * k;
  const total = options.iterations;
  let temperature = options.temperature;
  const cooling = Math.pow(0.02, 1 / Math.max(total, 1));
  let done = 0;

  // Repulsion acts within CUTOFF only (tapering to zero), found through a grid of CUTOFF-sized
  // cells: O(n) per iteration instead of O(n²), and unlinked nodes settle at the cluster's edge
  // instead of drifting far out and shrinking the picture.
  const r2max = CUTOFF * CUTOFF;
  const cellOf = new Float64Array(n);
  function repel() {
    const cells = new Map();
    for (let i = 0; i < n; i++) {
      const key = (Math.floor(xs[i] / CUTOFF) + 32768) * 65536 + (Math.floor(ys[i] / CUTOFF) + 32768);
      cellOf[i] = key;
      const list = cells.get(key);
      if (list) list.push(i);
      else cells.set(key, [i]);
    }
    for (let i = 0; i < n; i++) {
      const xi = xs[i];
      const yi = ys[i];
      for (let ox = -1; ox <= 1; ox++) {
        for (let oy = -1; oy <= 1; oy++) {
          const list = cells.get(cellOf[i] + ox * 65536 + oy);
          if (!list) continue;
          for (const j of list) {
            if (j <= i) continue;
            let ddx = xi - xs[j];
            let ddy = yi - ys[j];
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 >= r2max) continue;
            if (d2 < 0.01) {
              ddx = 0.1 * ((i % 7) - 3) + 0.05;
              ddy = 0.1 * ((j % 5) - 2) + 0.05;
              d2 = ddx * ddx + ddy * ddy;
            }
            const f = ((k2 * mass[i] * mass[j]) / d2) * (1 - d2 / r2max); // (k² / d) / d along the unit vector, tapered
            dx[i] += ddx * f;
            dy[i] += ddy * f;
            dx[j] -= ddx * f;
            dy[j] -= ddy * f;
          }
        }
      }
    }
  }

  function iterate() {
    dx.fill(0);
    dy.fill(0);
    repel();
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
    /** Run iterations for about `ms` milliseconds (at least one); returns true when finished. */
    step(ms) {
      const until = performance.now() + ms;
      if (done < total) do iterate(); while (done < total && performance.now() < until);
      for (let i = 0; i < n; i++) pos.set(nodes[i], [xs[i], ys[i]]);
      return done >= total;
    },
    get progress() {
      return total === 0 ? 1 : done / total;
    },
  };
}

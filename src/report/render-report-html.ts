import { createHash } from 'node:crypto';
import { embedJson } from './embed-json.ts';
import type { ReportData } from './types.ts';

/** The page's own code and style, inlined into the file. */
export interface ReportAssets {
  /** Client scripts, concatenated in order inside one strict-mode function. */
  scripts: readonly string[];
  style: string;
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function assertInlineSafe(text: string, tag: 'script' | 'style'): void {
  if (new RegExp(`</${tag}`, 'i').test(text)) throw new Error(`report asset contains "</${tag}", which would end the inline element`);
}

/**
 * Render report.html: one self-contained file (inline style, inline script, inline data) that
 * opens from file:// and makes no network request.
 * @param data the data block (buildReportData)
 * @param assets the page's script and style
 * @returns the HTML text; the same inputs give the same bytes
 * Note: no data string is put into markup here; the page reads the JSON block and fills the DOM
 * with textContent. A Content-Security-Policy allows only this exact script and style (by hash),
 * no connections and only data: images, as a second line of defence.
 */
export function renderReportHtml(data: ReportData, assets: ReportAssets): string {
  const script = `(function () {\n'use strict';\n${assets.scripts.join('\n')}\n})();\n`;
  assertInlineSafe(script, 'script');
  assertInlineSafe(assets.style, 'style');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(assets.style)}`,
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>tanzeem: entity network report</title>
<style>${assets.style}</style>
</head>
<body data-layout="pending">
<header>
<h1>Entity co-occurrence network</h1>
<p id="summary"></p>
</header>
<main>
<section id="graph-section" aria-label="Network">
<div id="controls">
<label>Search <input id="search" type="search" placeholder="name, alias or id" autocomplete="off"></label>
<fieldset id="type-filters"><legend>Types</legend></fieldset>
<label>Min. sentences per edge <input id="min-weight" type="number" min="1" step="1"></label>
<label>Max. nodes <input id="max-nodes" type="number" min="1" step="1"></label>
<label><input id="hide-isolated" type="checkbox"> Hide unlinked nodes</label>
<button id="relayout" type="button">Re-run layout</button>
</div>
<p id="search-count"></p>
<ul id="search-results"></ul>
<p id="cap-note"></p>
<svg id="graph" role="img" aria-label="Entity network: circles are entities, lines join entities named in the same sentence"></svg>
<p id="layout-status"></p>
</section>
<aside id="details" aria-live="polite"></aside>
</main>
<div class="tables">
<section><h2>Entities per type</h2><div id="type-counts"></div></section>
<section><h2>Most mentioned entities</h2><div id="top-entities"></div></section>
</div>
<section id="eval-section" hidden><h2>Evaluation (eval.json)</h2><div id="eval"></div></section>
<section id="diagnostics-section" hidden><h2>Pipeline diagnostics</h2><div id="diagnostics"></div></section>
<section id="warnings-section" hidden><h2>Report warnings</h2><div id="warnings"></div></section>
<footer>
Node size: mentions. Colour: type. Line width: sentences in which both entities occur.
The same network is in this folder as <code>nodes.csv</code> / <code>edges.csv</code> (spreadsheets, R, pandas),
<code>network.gexf</code> (Gephi) and <code>network.graphml</code> (networkx, igraph, Gephi, yEd).
</footer>
<script type="application/json" id="report-data">${embedJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

// Helpers shared by the page scripts. Every string from the data reaches the DOM via textContent.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Create an element, set attributes and (optionally) its text. Never parses HTML. */
function el(tag, attrs, text) {
  const node = document.createElement(tag);
  if (attrs) for (const k of Object.keys(attrs)) node.setAttribute(k, String(attrs[k]));
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** Create an SVG element with attributes. */
function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  if (attrs) for (const k of Object.keys(attrs)) node.setAttribute(k, String(attrs[k]));
  return node;
}

/** Remove every child of a node. */
function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Integer with thousands separators, independent of the reader's locale. */
function fmt(n) {
  return typeof n === 'number' ? n.toLocaleString('en-US') : '–';
}

/** Score to 3 decimals. */
function fmtScore(x) {
  return typeof x === 'number' ? x.toFixed(3) : '–';
}

/** Fold case and diacritics for search, so "pesawar" finds "Pešāwar". */
function fold(s) {
  return String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Code-unit comparison, same order as the files. */
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A coloured square for a type. */
function swatch(color) {
  const s = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.background = color;
  return s;
}

/** A button that runs `onClick`; its label is text. */
function linkButton(label, onClick, title) {
  const b = el('button', { type: 'button', class: 'link' }, label);
  if (title) b.title = title;
  b.addEventListener('click', onClick);
  return b;
}

// The side panel: what is selected, and the sentences that are its evidence, mentions highlighted.

const NEIGHBOURS_SHOWN = 10; // more sit in a collapsed list

/** A sentence as a paragraph: plain text runs and <mark> runs, all set via textContent. */
function sentenceParagraph(data, sentence, focus) {
  const p = el('p', { class: 'sentence' });
  let cursor = 0;
  const text = sentence.text;
  for (const [start, end, ni] of sentence.marks) {
    if (start < cursor) continue; // overlapping mark: the earlier, longer one wins
    if (start > cursor) p.appendChild(document.createTextNode(text.slice(cursor, start)));
    const node = data.nodes[ni];
    const mark = el('mark', { class: focus.has(ni) ? 'self' : 'other', 'data-node': ni }, text.slice(start, end));
    mark.title = node.label + ' (' + (node.type || 'no type') + ')';
    p.appendChild(mark);
    cursor = end;
  }
  if (cursor < text.length) p.appendChild(document.createTextNode(text.slice(cursor)));
  if (text === '') p.appendChild(el('em', null, '(sentence text not found in sentences.jsonl)'));
  return p;
}

/** The evidence list of a node or edge. */
function evidenceList(data, refs, total, focus) {
  const box = el('section', { class: 'evidence' });
  const shown = refs.length < total ? ' (first ' + fmt(refs.length) + ' of ' + fmt(total) + ')' : '';
  box.appendChild(el('h3', null, 'Evidence: ' + fmt(total) + ' sentence(s)' + shown));
  const list = el('ol', { class: 'evidence-list' });
  for (const si of refs) {
    const s = data.sentences[si];
    const item = el('li');
    const where = el('div', { class: 'where' });
    where.append(el('bdi', null, data.docs[s.doc]), document.createTextNode(' · sentence ' + s.index)); // bdi: RTL doc ids stay put
    item.appendChild(where);
    item.appendChild(sentenceParagraph(data, s, focus));
    list.appendChild(item);
  }
  box.appendChild(list);
  return box;
}

/** A definition list from [term, value] pairs (value: string, number or Node). */
function facts(pairs) {
  const dl = el('dl', { class: 'facts' });
  for (const [term, value] of pairs) {
    dl.appendChild(el('dt', null, term));
    const dd = el('dd');
    if (value instanceof Node) dd.appendChild(value);
    else dd.textContent = typeof value === 'number' ? fmt(value) : String(value);
    dl.appendChild(dd);
  }
  return dl;
}

/** Fill the panel for node `ni`; `edgesOf(ni)` lists its edge indices; `select` changes selection. */
function showNodeDetails(panel, data, colors, ni, drawn, edgesOf, select) {
  const n = data.nodes[ni];
  clear(panel);
  panel.appendChild(el('h2', { id: 'details-title' }, n.label));
  if (!drawn) panel.appendChild(el('p', { class: 'note' }, 'Not drawn under the current filters.'));
  const type = el('span');
  type.append(swatch(colors.get(n.type) || '#B0B0B0'), document.createTextNode(n.type || '(none)'));
  const aliases = el('ul', { class: 'aliases' });
  for (const a of n.aliases) aliases.appendChild(el('li', null, a));
  panel.appendChild(facts([['id', n.id], ['type', type], ['mentions', n.mentions], ['documents', n.documents], ['aliases seen', aliases]]));

  const edges = edgesOf(ni).slice().sort((a, b) => data.edges[b].sentences - data.edges[a].sentences || a - b);
  if (edges.length > 0) {
    panel.appendChild(el('h3', null, 'Co-occurs with ' + fmt(edges.length) + ' entit' + (edges.length === 1 ? 'y' : 'ies')));
    const neighbourList = (slice) => {
      const list = el('ul', { class: 'neighbours' });
      for (const ei of slice) {
        const e = data.edges[ei];
        const other = data.nodes[e.s === ni ? e.t : e.s];
        const li = el('li');
        li.appendChild(linkButton(other.label, () => select('edge', ei), 'Show the sentences where both occur'));
        li.appendChild(document.createTextNode(' · ' + fmt(e.sentences) + ' sentence(s)'));
        list.appendChild(li);
      }
      return list;
    };
    panel.appendChild(neighbourList(edges.slice(0, NEIGHBOURS_SHOWN)));
    if (edges.length > NEIGHBOURS_SHOWN) {
      const more = el('details');
      more.appendChild(el('summary', null, fmt(edges.length - NEIGHBOURS_SHOWN) + ' more'));
      more.appendChild(neighbourList(edges.slice(NEIGHBOURS_SHOWN)));
      panel.appendChild(more);
    }
  }
  panel.appendChild(evidenceList(data, n.ev, n.evTotal, new Set([ni])));
}

/** Fill the panel for edge `ei`. */
function showEdgeDetails(panel, data, ei, drawn, select) {
  const e = data.edges[ei];
  const a = data.nodes[e.s];
  const b = data.nodes[e.t];
  clear(panel);
  panel.appendChild(el('h2', { id: 'details-title' }, a.label + ' — ' + b.label));
  if (!drawn) panel.appendChild(el('p', { class: 'note' }, 'Not drawn under the current filters.'));
  const ends = el('span');
  ends.append(linkButton(a.label, () => select('node', e.s)), document.createTextNode(' and '), linkButton(b.label, () => select('node', e.t)));
  panel.appendChild(facts([
    ['entities', ends],
    ['sentences', e.sentences],
    ['documents', e.documents],
    ['first document', e.first_doc],
    ['last document', e.last_doc],
  ]));
  panel.appendChild(evidenceList(data, e.ev, e.evTotal, new Set([e.s, e.t])));
}

/** The panel with nothing selected. */
function showNoDetails(panel) {
  clear(panel);
  panel.appendChild(el('h2', { id: 'details-title' }, 'Evidence'));
  panel.appendChild(el('p', { class: 'note' }, 'Click a node or an edge in the network, or a name in the tables, to see the sentences it comes from.'));
}

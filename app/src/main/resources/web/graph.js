// Who copied whom, readable at any size: articles linked by derivation form copy groups, each drawn
// as layers (the original on top, each derivative under its source) that wrap to the width of the
// page; groups flow left to right, and reports that copy nothing and are copied by nobody sit in one
// grid at the end. Boxes keep their size, so 50 or 500 reports stay legible; zoom buttons scale the
// picture inside its own scrolling viewport (the page itself never scrolls sideways).
import { el, svg, path } from './ui.js';

const BOX_W = 150;
const BOX_H = 38;
const GAP_X = 16;
const ROW_H = 66;
const PAD = 12;
const HEAD = 22;
const REL_CLASS = { copy: 'copy', 'near-duplicate': 'near', paraphrase: 'para', partial: 'partial' };

/** Connected groups of the given articles under their derivations, each with depth per member. */
export function groups(ids, articles) {
  const inSet = new Set(ids);
  const adj = new Map(ids.map((id) => [id, new Set()]));
  const edges = [];
  for (const id of ids) {
    for (const x of articles.get(id)?.derived_from || []) {
      if (inSet.has(x.id) && x.id !== id) {
        edges.push({ from: id, to: x.id, relation: x.relation, score: x.score });
        adj.get(id).add(x.id);
        adj.get(x.id).add(id);
      }
    }
  }
  const seen = new Set();
  const out = [];
  const loners = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    if (!adj.get(id).size) { seen.add(id); loners.push(id); continue; }
    const members = [];
    const todo = [id];
    while (todo.length) {
      const x = todo.pop();
      if (seen.has(x)) continue;
      seen.add(x);
      members.push(x);
      for (const y of adj.get(x)) todo.push(y);
    }
    const mine = edges.filter((e) => members.includes(e.from));
    const depth = new Map(members.map((m) => [m, 0]));
    for (let round = 0; round < members.length; round++) {
      let changed = false;
      for (const e of mine) {
        const want = Math.min(depth.get(e.to) + 1, members.length);
        if (depth.get(e.from) < want) { depth.set(e.from, want); changed = true; }
      }
      if (!changed) break;
    }
    out.push({ members: orderByLevel(members, mine, depth, ids), edges: mine, depth });
  }
  out.sort((a, b) => b.members.length - a.members.length);
  return { groups: out, loners, edges };
}

/** Members level by level, each level ordered under its sources (fewer crossing arrows), then by citation order. */
function orderByLevel(members, edges, depth, ids) {
  const order = [];
  const levels = Math.max(...members.map((m) => depth.get(m)));
  for (let l = 0; l <= levels; l++) {
    const at = (m) => {
      const sources = edges.filter((e) => e.from === m).map((e) => order.indexOf(e.to)).filter((i) => i >= 0);
      return sources.length ? Math.min(...sources) : -1;
    };
    order.push(...members.filter((m) => depth.get(m) === l)
      .sort((a, b) => at(a) - at(b) || ids.indexOf(a) - ids.indexOf(b)));
  }
  return order;
}

/** Positions: {x, y} (box centre) per id, the blocks, and the total height, for a layout width. */
export function layout(g, width) {
  const cols = Math.max(1, Math.floor((width - 2 * PAD + GAP_X) / (BOX_W + GAP_X)));
  const pos = new Map();
  const blocks = [];
  let x = PAD;
  let y = PAD;
  let rowHeight = 0;
  const place = (ids, levels, title) => {
    const rows = [];
    for (const level of levels) for (let i = 0; i < level.length; i += cols) rows.push(level.slice(i, i + cols));
    const used = Math.min(cols, Math.max(...rows.map((r) => r.length)));
    const w = used * (BOX_W + GAP_X) - GAP_X;
    const h = HEAD + rows.length * ROW_H;
    if (x > PAD && x + w > width - PAD) { x = PAD; y += rowHeight + GAP_X; rowHeight = 0; }
    blocks.push({ x: x - 6, y: y - 4, w: w + 12, h: h, title, ids });
    // each row centred in its block, so an original sits above the reports derived from it
    rows.forEach((r, ri) => r.forEach((id, ci) => pos.set(id, {
      x: x + (ci + (used - r.length) / 2) * (BOX_W + GAP_X) + BOX_W / 2, y: y + HEAD + ri * ROW_H + BOX_H / 2 })));
    x += w + 2 * GAP_X;
    rowHeight = Math.max(rowHeight, h);
  };
  g.groups.forEach((grp, i) => {
    const levels = [];
    for (const m of grp.members) (levels[grp.depth.get(m)] ||= []).push(m);
    place(grp.members, levels.filter(Boolean), 'copy group ' + (i + 1) + ' · ' + grp.members.length + ' reports');
  });
  if (g.loners.length) {
    x = PAD; y += rowHeight + (rowHeight ? GAP_X : 0); rowHeight = 0;
    place(g.loners, [g.loners], 'independent reports · ' + g.loners.length);
  }
  return { pos, blocks, height: y + rowHeight + PAD, cols };
}

function short(s, n) {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

export function copyGraph(box, ctx) {
  const { event, articles, refs } = ctx;
  const ids = [...refs.number.keys()].filter((id) => articles.has(id));
  const g = groups(ids, articles);
  const inEvent = new Set(event.articles);
  const viewport = el('div', { class: 'graph-viewport', tabindex: '0', role: 'region', 'aria-label': 'Copy graph (scrolls when zoomed)' });
  const width = Math.max(BOX_W + 2 * PAD, Math.min(1040, (box.clientWidth || 1000) - 2));
  const lay = layout(g, width);
  const pic = svg('svg', { viewBox: `0 0 ${width} ${lay.height}`, width, height: lay.height, role: 'img', class: 'copy-graph',
    'aria-label': 'Copy graph: ' + ids.length + ' reports, ' + g.groups.length + ' copy groups, ' + g.loners.length
      + ' independent reports, ' + g.edges.length + ' derivations. The sources table lists every derivation.' });
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' });
  marker.appendChild(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#8a94a6' }));
  defs.appendChild(marker);
  pic.appendChild(defs);
  for (const b of lay.blocks) {
    pic.appendChild(svg('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 8, class: 'block' }));
    pic.appendChild(svg('text', { x: b.x + 8, y: b.y + 14, class: 'block-title' }, b.title));
  }
  const labelEdges = g.edges.length <= 8;
  for (const e of g.edges) {
    const a = lay.pos.get(e.from);
    const b = lay.pos.get(e.to);
    const up = b.y < a.y - 1;
    const y1 = up ? a.y - BOX_H / 2 : a.y;
    const y2 = up ? b.y + BOX_H / 2 : b.y;
    const x1 = up ? a.x : a.x + (b.x > a.x ? BOX_W / 2 : -BOX_W / 2);
    const x2 = up ? b.x : b.x + (b.x > a.x ? -BOX_W / 2 : BOX_W / 2);
    const line = svg('line', { x1, y1, x2, y2, class: 'edge ' + (REL_CLASS[e.relation] || ''), 'marker-end': 'url(#arrow)',
      'data-from': e.from, 'data-to': e.to });
    line.appendChild(svg('title', {}, '[' + refs.number.get(e.from) + '] ' + e.relation + ' of [' + refs.number.get(e.to) + '] (' + e.score.toFixed(2) + ')'));
    pic.appendChild(line);
    // the label sits near the derivative's end, where edges into one source do not crowd
    if (labelEdges) pic.appendChild(svg('text', { x: x1 + (x2 - x1) * 0.25 + 4, y: y1 + (y2 - y1) * 0.25, class: 'edge-label' }, e.relation));
  }
  const derivative = new Set(g.edges.map((e) => e.from));
  for (const id of ids) {
    const p = lay.pos.get(id);
    const a = articles.get(id);
    const link = svg('a', { href: path.article(id) });
    const node = svg('g', { class: 'node' + (derivative.has(id) ? ' derivative' : ' original') + (inEvent.has(id) ? '' : ' outside'), 'data-article': id });
    node.appendChild(svg('title', {}, '[' + refs.number.get(id) + '] ' + (a.outlet ? a.outlet + ' — ' : '') + a.title));
    node.appendChild(svg('rect', { x: p.x - BOX_W / 2, y: p.y - BOX_H / 2, width: BOX_W, height: BOX_H, rx: 6 }));
    node.appendChild(svg('text', { x: p.x, y: p.y - 3, 'text-anchor': 'middle', class: 'node-title' }, '[' + refs.number.get(id) + '] ' + short(a.outlet || id, 18)));
    node.appendChild(svg('text', { x: p.x, y: p.y + 11, 'text-anchor': 'middle', class: 'node-sub' }, a.published || short(id, 22)));
    link.appendChild(node);
    pic.appendChild(link);
  }
  viewport.appendChild(pic);
  box.append(zoomBar(pic, width, lay.height), viewport, legend(),
    el('p', { class: 'note' }, 'Arrows point from a copy or rewrite to its source; green boxes are originals, grey ones '
      + 'derivatives, dashed boxes sources outside this event. A copy group counts as one source. ' + ids.length + ' reports, '
      + g.groups.length + (g.groups.length === 1 ? ' copy group, ' : ' copy groups, ') + g.loners.length + ' independent, '
      + g.edges.length + (g.edges.length === 1 ? ' derivation.' : ' derivations.')));
}

function legend() {
  const item = (cls, text) => {
    const s = svg('svg', { width: 34, height: 10, 'aria-hidden': 'true' });
    s.appendChild(svg('line', { x1: 2, y1: 5, x2: 32, y2: 5, class: 'key ' + cls }));
    return el('span', { class: 'edge-key' }, s, ' ' + text);
  };
  return el('p', { class: 'note graph-legend' }, item('copy', 'copy'), item('near', 'near duplicate'),
    item('para', 'paraphrase'), item('partial', 'partial reuse'));
}

function zoomBar(pic, width, height) {
  let zoom = 1;
  const label = el('span', { class: 'zoom-level', 'aria-live': 'polite' }, '100%');
  const set = (z) => {
    zoom = Math.min(3, Math.max(0.25, z));
    pic.setAttribute('width', String(Math.round(width * zoom)));
    pic.setAttribute('height', String(Math.round(height * zoom)));
    label.textContent = Math.round(zoom * 100) + '%';
  };
  const button = (text, aria, f) => {
    const b = el('button', { type: 'button', 'aria-label': aria, class: 'zoom' }, text);
    b.addEventListener('click', f);
    return b;
  };
  return el('div', { class: 'zoom-bar', role: 'group', 'aria-label': 'Zoom the copy graph' },
    button('−', 'Zoom out', () => set(zoom / 1.25)), label, button('+', 'Zoom in', () => set(zoom * 1.25)),
    button('Fit', 'Zoom to fit the page width', () => set(1)));
}

// Triangulate web UI. Everything that comes from articles is untrusted: it is only ever put into
// the page with textContent / createTextNode / setAttribute on safe attributes, never as HTML.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return e;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + r.status);
  return body;
}

function idFromPath() {
  const parts = location.pathname.split('/');
  return decodeURIComponent(parts[parts.length - 1] || '');
}

function eventLink(id, text) {
  return el('a', { href: '/events/' + encodeURIComponent(id) }, text);
}

function articleLink(id, text, cls) {
  return el('a', { href: '/articles/' + encodeURIComponent(id), class: cls || null, title: id }, text);
}

function fail(err) {
  const t = document.getElementById('title') || document.getElementById('status');
  if (t) t.textContent = 'Error: ' + err.message;
  document.body.setAttribute('data-state', 'error');
}

// ------------------------------------------------------------------ events list
async function eventsPage() {
  const form = document.getElementById('search');
  const q = document.getElementById('q');
  const mode = document.getElementById('mode');
  const params = new URLSearchParams(location.search);
  q.value = params.get('q') || '';
  mode.value = params.get('mode') === 'semantic' ? 'semantic' : 'text';
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    if (q.value.trim()) { p.set('q', q.value.trim()); p.set('mode', mode.value); }
    history.replaceState(null, '', p.toString() ? '/?' + p : '/');
    loadEvents(q.value.trim(), mode.value);
  });
  api('/api/stats').then((s) => {
    const count = (n, one, many) => n + ' ' + (n === 1 ? one : many);
    document.getElementById('stats').textContent = [count(s.articles, 'article', 'articles'),
      count(s.events, 'event', 'events'), count(s.claims, 'claim', 'claims'),
      count(s.stories, 'story', 'stories')].join(' · ');
  }).catch(() => {});
  await loadEvents(q.value.trim(), mode.value);
}

async function loadEvents(q, mode) {
  const status = document.getElementById('status');
  const tbody = document.querySelector('#events tbody');
  const url = '/api/events?limit=500' + (q ? '&q=' + encodeURIComponent(q) + '&mode=' + mode : '');
  const page = await api(url);
  tbody.replaceChildren();
  for (const e of page.items) {
    const when = e.date ? (e.end_date && e.end_date !== e.date ? e.date + ' – ' + e.end_date : e.date) : 'unknown';
    tbody.appendChild(el('tr', { 'data-event': e.id },
      el('td', { class: 'nowrap' }, when),
      el('td', {}, eventLink(e.id, e.title)),
      el('td', {}, e.location || '—'),
      el('td', { class: 'num' }, String(e.articles)),
      el('td', { class: 'num' }, String(e.claims))));
  }
  status.textContent = (q ? page.count + ' events match “' + q + '”' : page.count + ' events');
  document.body.setAttribute('data-state', 'ready');
}

// ------------------------------------------------------------------ event dossier
async function eventPage() {
  const id = idFromPath();
  const d = await api('/api/events/' + encodeURIComponent(id) + '/dossier');
  const event = d.events.find((e) => e.id === id);
  const articles = new Map(d.articles.map((a) => [a.id, a]));
  document.title = 'Triangulate — ' + event.title;
  document.getElementById('title').textContent = event.title;
  const when = event.date ? (event.end_date && event.end_date !== event.date ? event.date + ' to ' + event.end_date : event.date) : 'date unknown';
  const story = d.stories[0];
  document.getElementById('facts').textContent = when + ' · ' + (event.location || 'place unknown') + ' · '
    + event.articles.length + ' reports' + (story ? ' · story: ' + story.title : '');

  // citation numbers follow the order of the event's articles
  const number = new Map(event.articles.map((a, i) => [a, i + 1]));
  const cite = (ids) => {
    const span = el('span', { class: 'cites' });
    for (const a of ids) {
      const art = articles.get(a);
      span.appendChild(articleLink(a, '[' + (number.get(a) || a) + ']', 'cite'));
      if (art && art.outlet) span.lastChild.setAttribute('title', art.outlet + ' — ' + art.title);
    }
    return span;
  };

  const summary = document.getElementById('summary');
  for (const s of event.summary) summary.appendChild(el('li', {}, s.text + ' ', cite(s.sources)));
  if (!event.summary.length) summary.appendChild(el('li', { class: 'muted' }, 'No summary yet.'));

  const claims = document.querySelector('#claims tbody');
  for (const c of event.claims) {
    const conflicts = el('ul', { class: 'conflicts' });
    for (const x of c.conflicts) conflicts.appendChild(el('li', {}, x.value + ' ', cite(x.sources)));
    claims.appendChild(el('tr', { 'data-status': c.status },
      el('td', {}, el('span', { class: 'badge ' + c.status }, c.status)),
      el('td', {}, c.text),
      el('td', {}, cite(c.sources)),
      el('td', {}, cite(c.independent_sources)),
      el('td', {}, conflicts)));
  }
  if (!event.claims.length) claims.appendChild(el('tr', {}, el('td', { colspan: '5', class: 'muted' }, 'No claims extracted.')));

  const entities = document.getElementById('entities');
  for (const x of event.entities) entities.appendChild(el('li', {}, x.name + ' (' + x.type + ')' + (x.role ? ' — ' + x.role : '')));
  if (!event.entities.length) entities.appendChild(el('li', { class: 'muted' }, 'No entities extracted.'));

  timeline(d, event, articles, number);
  graph(event, d.articles, number);

  const sources = document.getElementById('sources');
  for (const a of event.articles) {
    const art = articles.get(a);
    if (!art) continue;
    sources.appendChild(el('li', { value: String(number.get(a)) }, articleLink(a, art.title),
      ' — ' + (art.outlet || 'unknown outlet') + (art.published ? ', ' + art.published : '')));
  }
  document.body.setAttribute('data-state', 'ready');
}

function timeline(d, event, articles, number) {
  const items = [];
  for (const e of d.events) {
    if (e.date) items.push({ date: e.date, kind: 'event', node: e.id === event.id
      ? el('strong', {}, e.title) : eventLink(e.id, e.title) });
  }
  for (const id of event.articles) {
    const a = articles.get(id);
    if (a && a.published) items.push({ date: a.published, kind: 'report',
      node: el('span', {}, articleLink(id, '[' + number.get(id) + '] ' + a.title), ' — ' + (a.outlet || 'unknown outlet')) });
  }
  items.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.kind === 'event' ? -1 : 1));
  const ol = document.getElementById('timeline');
  for (const it of items) {
    ol.appendChild(el('li', { class: it.kind }, el('time', { datetime: it.date }, it.date), ' ',
      el('span', { class: 'kind' }, it.kind), ' ', it.node));
  }
  if (!items.length) ol.appendChild(el('li', { class: 'muted' }, 'No dates known.'));
}

function graph(event, all, number) {
  const ids = all.map((a) => a.id);
  const W = 640, H = Math.max(320, 40 * ids.length + 120), R = H / 2 - 60;
  const root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img', 'aria-label': 'copy graph' });
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 22, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
  marker.appendChild(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#555' }));
  defs.appendChild(marker);
  root.appendChild(defs);
  const pos = new Map();
  ids.forEach((id, i) => {
    const t = (2 * Math.PI * i) / Math.max(1, ids.length) - Math.PI / 2;
    pos.set(id, [W / 2 + R * 1.4 * Math.cos(t), H / 2 + R * Math.sin(t)]);
  });
  let edges = 0;
  for (const a of all) {
    for (const x of a.derived_from) {
      if (!pos.has(x.id)) continue;
      const [x1, y1] = pos.get(a.id), [x2, y2] = pos.get(x.id);
      root.appendChild(svg('line', { x1, y1, x2, y2, class: 'edge ' + x.relation, 'marker-end': 'url(#arrow)' }));
      root.appendChild(svg('text', { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 4, class: 'edge-label' },
        x.relation + ' ' + x.score.toFixed(2)));
      edges++;
    }
  }
  for (const a of all) {
    const [x, y] = pos.get(a.id);
    const g = svg('g', { class: 'node' + (event.articles.includes(a.id) ? '' : ' outside') });
    const link = document.createElementNS(SVG, 'a');
    link.setAttribute('href', '/articles/' + encodeURIComponent(a.id));
    link.appendChild(svg('circle', { cx: x, cy: y, r: 16 }));
    link.appendChild(svg('text', { x, y: y + 5, 'text-anchor': 'middle', class: 'node-num' }, String(number.get(a.id) || '·')));
    const label = (a.outlet || a.id);
    link.appendChild(svg('text', { x, y: y + 34, 'text-anchor': 'middle', class: 'node-label' },
      label.length > 28 ? label.slice(0, 27) + '…' : label));
    link.appendChild(svg('title', {}, a.title));
    g.appendChild(link);
    root.appendChild(g);
  }
  const box = document.getElementById('graph');
  box.appendChild(root);
  box.appendChild(el('p', { class: 'muted' }, edges ? edges + ' derivations' : 'No copies or rewrites detected between these reports.'));
}

// ------------------------------------------------------------------ article
async function articlePage() {
  const id = idFromPath();
  const a = await api('/api/articles/' + encodeURIComponent(id));
  document.title = 'Triangulate — ' + a.title;
  document.getElementById('title').textContent = a.title;
  const facts = document.getElementById('facts');
  facts.append((a.outlet || 'unknown outlet') + (a.published ? ' · ' + a.published : '')
    + (a.byline ? ' · by ' + a.byline : '') + (a.dateline ? ' · dateline ' + a.dateline : '') + ' · ');
  if (a.url && /^https?:\/\//i.test(a.url)) {
    facts.appendChild(el('a', { href: a.url, rel: 'noopener noreferrer nofollow', class: 'external' }, a.url));
  } else {
    facts.append(a.origin);
  }
  const derived = document.getElementById('derived');
  for (const x of a.derived_from) {
    derived.append(x.relation + ' of ');
    derived.appendChild(articleLink(x.id, x.id));
    derived.append(' (' + x.score.toFixed(2) + ') ');
  }
  const body = document.getElementById('body');
  for (const p of a.body.split(/\n\s*\n/)) {
    if (p.trim()) body.appendChild(el('p', {}, p.trim()));
  }
  const removed = document.getElementById('removed');
  for (const line of a.removed) removed.appendChild(el('li', {}, el('del', {}, line)));
  if (!a.removed.length) removed.appendChild(el('li', { class: 'muted' }, 'Nothing was removed.'));
  document.body.setAttribute('data-state', 'ready');
}

document.addEventListener('DOMContentLoaded', () => {
  const page = document.body.getAttribute('data-page');
  const run = page === 'events' ? eventsPage : page === 'event' ? eventPage : page === 'article' ? articlePage : null;
  if (run) run().catch(fail);
});

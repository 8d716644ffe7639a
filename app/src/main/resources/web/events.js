// The event list: latest first, paged, with search by words or by meaning (scores shown).
import { api, dateRange, el, link, pager, path, ready, start } from './ui.js';

const LIMIT = Math.min(1000, Math.max(1, Number(new URLSearchParams(location.search).get('limit')) || 50));

start('events', async () => {
  const form = document.getElementById('search');
  const q = document.getElementById('q');
  const mode = document.getElementById('mode');
  const params = new URLSearchParams(location.search);
  q.value = params.get('q') || '';
  mode.value = params.get('mode') === 'semantic' ? 'semantic' : 'text';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(q.value.trim(), mode.value, 0);
  });
  await load(q.value.trim(), mode.value, offset);
});

function go(q, mode, offset) {
  const p = new URLSearchParams();
  if (q) { p.set('q', q); p.set('mode', mode); }
  if (offset) p.set('offset', String(offset));
  history.replaceState(null, '', p.toString() ? '/?' + p : '/');
  return load(q, mode, offset).catch((e) => { document.getElementById('status').textContent = 'Error: ' + e.message; });
}

async function load(q, mode, offset) {
  document.body.removeAttribute('data-state');
  const status = document.getElementById('status');
  const table = document.getElementById('events');
  const tbody = table.querySelector('tbody');
  const window = '&offset=' + offset + '&limit=' + LIMIT;
  const query = q ? '&q=' + encodeURIComponent(q) + '&mode=' + mode : '';
  const page = await api('/api/events?' + window.slice(1) + query);
  // scores come from the search endpoint, which ranks the same way
  const scores = new Map();
  if (q) {
    const hits = await api('/api/search?type=event' + query + window);
    for (const h of hits.items) scores.set(h.id, h.score);
  }
  table.classList.toggle('scored', !!q);
  const head = table.querySelector('thead tr');
  head.querySelector('.score')?.remove();
  if (q) head.appendChild(el('th', { scope: 'col', class: 'num score' }, 'Score'));
  tbody.replaceChildren();
  for (const e of page.items) {
    const row = el('tr', { 'data-event': e.id },
      el('td', { class: 'nowrap', 'data-label': 'Date' }, dateRange(e.date, e.end_date, 'unknown')),
      el('td', { 'data-label': 'Event' }, link(path.event(e.id), e.title)),
      el('td', { 'data-label': 'Where' }, e.location || '—'),
      el('td', { class: 'num', 'data-label': 'Articles' }, String(e.articles)),
      el('td', { class: 'num', 'data-label': 'Claims' }, String(e.claims)));
    if (q) {
      const s = scores.get(e.id);
      row.appendChild(el('td', { class: 'num score', 'data-label': 'Score' }, s === undefined ? '—' : s.toFixed(3)));
    }
    tbody.appendChild(row);
  }
  const total = page.total;
  status.textContent = q
    ? total + (total === 1 ? ' event matches “' : ' events match “') + q + '” (' + (mode === 'semantic' ? 'by meaning' : 'by words') + ')'
    : total + (total === 1 ? ' event' : ' events');
  pager(document.getElementById('pager'), total, offset, LIMIT, (o) => go(q, mode, o));
  ready();
}

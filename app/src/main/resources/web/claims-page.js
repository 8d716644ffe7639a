// Every claim in the store, filterable by status (with counts) and by text, paged; each links to
// its permalink on the event page.
import { STATUSES, api, badge, claimKey, el, link, pager, path, ready, start } from './ui.js';

const LIMIT = Math.min(1000, Math.max(1, Number(new URLSearchParams(location.search).get('limit')) || 50));

start('claims', async () => {
  const params = new URLSearchParams(location.search);
  const state = {
    status: STATUSES.includes(params.get('status')) ? params.get('status') : '',
    q: params.get('q') || '',
    offset: Math.max(0, Number(params.get('offset')) || 0),
  };
  const input = document.getElementById('q');
  input.value = state.q;
  document.getElementById('search').addEventListener('submit', (ev) => {
    ev.preventDefault();
    state.q = input.value.trim();
    state.offset = 0;
    load(state);
  });
  await filters(state);
  await load(state);
});

async function filters(state) {
  const box = document.getElementById('filters');
  const counts = await Promise.all(STATUSES.map((s) => api('/api/claims?limit=1&status=' + s).then((r) => r.total)));
  const all = counts.reduce((a, b) => a + b, 0);
  for (const [s, label, n] of [['', 'All', all], ...STATUSES.map((s, i) => [s, s[0].toUpperCase() + s.slice(1), counts[i]])]) {
    const b = el('button', { type: 'button', class: 'filter ' + (s || 'all'), 'data-filter': s || 'all',
      'aria-pressed': String(s === state.status) }, label + ' ', el('span', { class: 'count' }, String(n)));
    b.addEventListener('click', () => {
      state.status = s;
      state.offset = 0;
      for (const x of box.querySelectorAll('button')) x.setAttribute('aria-pressed', String(x === b));
      load(state);
    });
    box.appendChild(b);
  }
}

async function load(state) {
  document.body.removeAttribute('data-state');
  const p = new URLSearchParams();
  if (state.status) p.set('status', state.status);
  if (state.q) p.set('q', state.q);
  if (state.offset) p.set('offset', String(state.offset));
  history.replaceState(null, '', '/claims' + (p.toString() ? '?' + p : ''));
  const page = await api('/api/claims?limit=' + LIMIT + '&offset=' + state.offset
    + (state.status ? '&status=' + state.status : '') + (state.q ? '&q=' + encodeURIComponent(state.q) : ''));
  const tbody = document.querySelector('#claims tbody');
  tbody.replaceChildren();
  for (const row of page.items) {
    const c = row.claim;
    tbody.appendChild(el('tr', { 'data-status': c.status, 'data-event': row.event_id },
      el('td', { 'data-label': 'Status' }, badge(c.status), c.unsupported ? [' ', badge('unsupported')] : null,
        (c.updates || []).length ? [' ', badge('update', 'updated')] : null),
      el('td', { 'data-label': 'Claim' }, link(path.event(row.event_id) + '#claim-' + claimKey(c.text), c.text, { class: 'claim-link' }),
        c.conflicts.length ? el('div', { class: 'note' }, 'values: ' + c.conflicts.map((x) => x.value).join(' vs ')) : null),
      el('td', { 'data-label': 'Event' }, link(path.event(row.event_id), row.event_title)),
      el('td', { class: 'num', 'data-label': 'Independent' }, String(c.independent_sources.length)),
      el('td', { class: 'num', 'data-label': 'Sources' }, String(c.sources.length))));
  }
  if (!page.items.length) tbody.appendChild(el('tr', {}, el('td', { colspan: 5, class: 'meta' }, 'No claims match.')));
  document.getElementById('status').textContent = page.total + (page.total === 1 ? ' claim' : ' claims')
    + (state.status ? ' ' + state.status : '') + (state.q ? ' containing “' + state.q + '”' : '');
  pager(document.getElementById('pager'), page.total, state.offset, LIMIT, (o) => { state.offset = o; load(state); });
  ready();
}

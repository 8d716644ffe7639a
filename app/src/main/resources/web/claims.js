// The event's claims: grouped by status with counts, filterable (status, updated, unsupported),
// sortable, paged, each with a permalink (#claim-KEY) and, where sources differ or revise a value,
// a side-by-side view of the reports (#compare-KEY).
import { STATUSES, badge, claimKey, el } from './ui.js';
import { openCompare, comparable } from './compare.js';

const PAGE = 25;
const SORTS = {
  report: ['report order', () => 0],
  independent: ['most independent sources', (a, b) => b.c.independent_sources.length - a.c.independent_sources.length],
  sources: ['most sources', (a, b) => b.c.sources.length - a.c.sources.length],
  text: ['claim text A–Z', (a, b) => a.c.text.localeCompare(b.c.text)],
};
const FILTERS = [['all', 'All'], ['contradicted', 'Contradicted'], ['corroborated', 'Corroborated'],
  ['single-source', 'Single-source'], ['updated', 'Updated'], ['unsupported', 'Unsupported']];

function matches(filter, c) {
  if (filter === 'all') return true;
  if (filter === 'updated') return (c.updates || []).length > 0;
  if (filter === 'unsupported') return !!c.unsupported;
  return c.status === filter;
}

export function claimsTable(box, ctx) {
  const rows = ctx.event.claims.map((c, i) => ({ c, i, key: claimKey(c.text) }));
  const params = new URLSearchParams(location.search);
  const state = {
    filter: FILTERS.some(([f]) => f === params.get('status')) ? params.get('status') : 'all',
    sort: SORTS[params.get('sort')] ? params.get('sort') : 'report',
    page: Math.max(0, (Number(params.get('page')) || 1) - 1),
  };
  const toolbar = el('div', { class: 'filters', role: 'group', 'aria-label': 'Show claims' });
  const sortSel = el('select', { id: 'claim-sort' }, Object.entries(SORTS).map(([k, [label]]) =>
    el('option', { value: k }, label)));
  sortSel.value = state.sort;
  const status = el('p', { class: 'meta', role: 'status', 'aria-live': 'polite', id: 'claims-status' });
  const table = el('table', { class: 'list cards claims', id: 'claims-table' },
    el('caption', { class: 'visually-hidden' }, 'Claims of this event'),
    el('thead', {}, el('tr', {}, ['Status', 'Claim', 'Independent', 'All sources', 'Notes']
      .map((h) => el('th', { scope: 'col' }, h)))), el('tbody'));
  const nav = el('nav', { class: 'pager', 'aria-label': 'Pages of claims', id: 'claims-pager' });
  box.append(toolbar, el('p', { class: 'sort' }, el('label', { for: 'claim-sort' }, 'Sort by '), sortSel), status, table, nav,
    el('p', { class: 'note' }, 'corroborated: two or more independent sources (copies and rewrites count with their '
      + 'original) · single-source: one · contradicted: sources disagree on a number, date or name · updated: a later '
      + 'report revised the value · unsupported: only a derivative text says it'));

  for (const [f, label] of FILTERS) {
    const n = rows.filter((r) => matches(f, r.c)).length;
    const b = el('button', { type: 'button', 'data-filter': f, 'aria-pressed': String(f === state.filter),
      class: 'filter ' + f }, label + ' ', el('span', { class: 'count' }, String(n)));
    b.addEventListener('click', () => { state.filter = f; state.page = 0; render(true); });
    toolbar.appendChild(b);
  }
  sortSel.addEventListener('change', () => { state.sort = sortSel.value; state.page = 0; render(true); });

  function render(userAction) {
    const list = visible(rows, state);
    const pages = Math.max(1, Math.ceil(list.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    for (const b of toolbar.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === state.filter));
    const tbody = table.querySelector('tbody');
    tbody.replaceChildren();
    let last = null;
    const shown = list.slice(state.page * PAGE, state.page * PAGE + PAGE);
    for (const r of shown) {
      if (r.c.status !== last) {
        const n = list.filter((x) => x.c.status === r.c.status).length;
        tbody.appendChild(el('tr', { class: 'group', 'data-group': r.c.status },
          el('th', { colspan: 5, scope: 'colgroup' }, badge(r.c.status), ' ' + n + (n === 1 ? ' claim' : ' claims'))));
        last = r.c.status;
      }
      tbody.appendChild(row(r, ctx));
    }
    if (!shown.length) tbody.appendChild(el('tr', {}, el('td', { colspan: 5, class: 'meta' }, rows.length ? 'No claims match this filter.' : 'No claims extracted.')));
    status.textContent = list.length + ' of ' + rows.length + ' claims'
      + (state.filter === 'all' ? '' : ' (' + state.filter + ')') + (pages > 1 ? ', page ' + (state.page + 1) + ' of ' + pages : '');
    pagerNav(nav, state.page, pages, (p) => { state.page = p; render(true); table.scrollIntoView({ block: 'start' }); });
    if (userAction) remember(state);
  }

  const show = () => follow({ rows, state, render, table, ctx });
  render(false);
  show();
  window.addEventListener('hashchange', show);
}

function visible(rows, state) {
  const cmp = SORTS[state.sort][1];
  const group = (r) => STATUSES.indexOf(r.c.status);
  return rows.filter((r) => matches(state.filter, r.c)).sort((a, b) => group(a) - group(b) || cmp(a, b) || a.i - b.i);
}

/** Keeps filter, sort and page in the address, so the view can be bookmarked or shared. */
function remember(state) {
  const p = new URLSearchParams(location.search);
  state.filter === 'all' ? p.delete('status') : p.set('status', state.filter);
  state.sort === 'report' ? p.delete('sort') : p.set('sort', state.sort);
  state.page ? p.set('page', String(state.page + 1)) : p.delete('page');
  history.replaceState(null, '', location.pathname + (p.toString() ? '?' + p : '') + location.hash);
}

/** Shows the claim named by the hash (#claim-KEY or #compare-KEY), switching filter and page as needed. */
function follow({ rows, state, render, table, ctx }) {
  const m = /^#(claim|compare)-(c[0-9a-f]{8})$/.exec(location.hash);
  if (!m) return;
  const target = rows.find((r) => r.key === m[2]);
  if (!target) return;
  if (!matches(state.filter, target.c)) state.filter = 'all';
  const at = visible(rows, state).indexOf(target);
  state.page = Math.floor(at / PAGE);
  render(false);
  const tr = document.getElementById('claim-' + target.key);
  for (const x of table.querySelectorAll('tr.target')) x.classList.remove('target');
  tr.classList.add('target');
  tr.scrollIntoView({ block: 'center' });
  tr.focus({ preventScroll: true });
  if (m[1] === 'compare' && comparable(target.c)) openCompare(target, ctx);
}

function row(r, ctx) {
  const c = r.c;
  const notes = el('td', { class: 'note', 'data-label': 'Notes' });
  const add = (...parts) => { if (notes.childNodes.length) notes.appendChild(el('br')); notes.append(...parts); };
  if (c.conflicts.length) add(el('b', {}, 'conflict: '), values(c.conflicts, ' vs ', ctx));
  if ((c.updates || []).length) add(el('b', {}, 'update: '), values(c.updates, ' → ', ctx));
  if (c.unsupported) add(el('b', {}, 'unsupported: '), c.unsupported);
  for (const n of c.notes || []) add(n);
  const perma = el('a', { href: '#claim-' + r.key, class: 'permalink', title: 'Permalink to this claim',
    'aria-label': 'Permalink to this claim' }, '¶');
  const cell = el('td', { 'data-label': 'Claim' }, el('span', { class: 'claim-text' }, c.text), ' ', perma);
  if (comparable(c)) {
    const strong = c.conflicts.length || (c.updates || []).length;
    const b = el('button', { type: 'button', class: 'compare' + (strong ? '' : ' quiet'), 'data-claim': r.key },
      c.conflicts.length ? 'Compare conflicting reports' : (c.updates || []).length ? 'Compare revisions' : 'Read sources side by side');
    b.addEventListener('click', () => { location.hash = 'compare-' + r.key; });
    cell.append(' ', b);
  }
  return el('tr', { id: 'claim-' + r.key, 'data-status': c.status, 'data-claim': r.key, tabindex: '-1' },
    el('td', { 'data-label': 'Status' }, badge(c.status), c.unsupported ? [' ', badge('unsupported')] : null,
      (c.updates || []).length ? [' ', badge('update', 'updated')] : null),
    cell,
    el('td', { 'data-label': 'Independent' }, String(c.independent_sources.length) + ' ', ctx.refs.cite(c.independent_sources)),
    el('td', { 'data-label': 'All sources' }, String(c.sources.length) + ' ', ctx.refs.cite(c.sources)),
    notes);
}

function values(list, sep, ctx) {
  const span = el('span', {});
  list.forEach((v, i) => {
    if (i) span.append(sep);
    span.append(el('span', { class: 'value' }, v.value), ctx.refs.cite(v.sources));
  });
  return span;
}

function pagerNav(nav, page, pages, onPage) {
  nav.replaceChildren();
  if (pages <= 1) return;
  const prev = el('button', { type: 'button', class: 'prev', disabled: page === 0 }, '← Previous');
  const next = el('button', { type: 'button', class: 'next', disabled: page >= pages - 1 }, 'Next →');
  prev.addEventListener('click', () => onPage(page - 1));
  next.addEventListener('click', () => onPage(page + 1));
  nav.append(prev, el('span', { class: 'range' }, 'page ' + (page + 1) + ' of ' + pages), next);
}

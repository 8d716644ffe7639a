// Side-by-side view of a claim's reports: one column per competing value (a conflict), per revision
// (an update), or per source, each report's text around its supporting sentences with those
// sentences highlighted. A modal <dialog>: Escape or the close button returns to the claim.
import { badge, claimKey, el, link, locate, marked, paragraphs, path } from './ui.js';

/** Whether the claim has reports worth reading side by side. */
export function comparable(c) {
  return c.conflicts.length > 1 || (c.updates || []).length > 1 || new Set(c.sources).size > 1;
}

function columns(c) {
  if (c.conflicts.length > 1) return c.conflicts.map((v) => ({ label: v.value, kind: 'conflicting value', sources: v.sources }));
  if ((c.updates || []).length > 1) {
    return c.updates.map((v, i) => ({ label: v.value, kind: i === 0 ? 'first reported' : 'revised', sources: v.sources }));
  }
  return [...new Set(c.sources)].map((id) => ({ label: null, kind: 'source', sources: [id] }));
}

function dialog() {
  let d = document.getElementById('compare-dialog');
  if (!d) {
    d = el('dialog', { id: 'compare-dialog', class: 'compare', 'aria-labelledby': 'compare-title' });
    document.body.appendChild(d);
    d.addEventListener('close', () => {
      const key = d.getAttribute('data-claim');
      if (location.hash === '#compare-' + key) history.replaceState(null, '', location.pathname + location.search + '#claim-' + key);
      const row = document.getElementById('claim-' + key);
      if (row) row.focus();
    });
  }
  return d;
}

export function openCompare(r, ctx) {
  const c = r.c;
  const d = dialog();
  d.setAttribute('data-claim', r.key);
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the comparison' }, '×');
  close.addEventListener('click', () => d.close());
  const cols = columns(c);
  const grid = el('div', { class: 'columns', 'data-columns': String(cols.length) });
  for (const col of cols) grid.appendChild(column(col, c, ctx));
  d.replaceChildren(el('div', { class: 'compare-head' },
    el('h2', { id: 'compare-title' }, c.conflicts.length > 1 ? 'Conflicting reports' : (c.updates || []).length > 1
      ? 'Revisions side by side' : 'Sources side by side'), close),
  el('p', {}, badge(c.status), ' ', el('span', { class: 'claim-text' }, c.text)),
  el('p', { class: 'meta' }, 'Highlighted: the sentences each report gives for this claim. Copies and rewrites are '
    + 'marked; they count with their original.'),
  grid);
  if (!d.open) d.showModal();
  close.focus();
}

function column(col, c, ctx) {
  const box = el('section', { class: 'column', 'aria-label': col.label ? col.kind + ' ' + col.label : 'source' });
  if (col.label !== null) box.appendChild(el('h3', {}, el('span', { class: 'value' }, col.label), ' ', el('span', { class: 'meta' }, col.kind)));
  for (const id of col.sources) box.appendChild(report(id, c, ctx));
  return box;
}

function report(id, c, ctx) {
  const a = ctx.articles.get(id);
  const n = ctx.refs.number.get(id);
  const card = el('article', { class: 'report', 'data-article': id });
  if (!a) {
    card.append(el('p', { class: 'meta' }, 'Report ' + id + ' is not in this dossier.'));
    return card;
  }
  const derived = a.derived_from.length ? a.derived_from.map((x) => x.relation + ' of [' + (ctx.refs.number.get(x.id) || x.id) + ']').join(', ') : null;
  card.append(el('h4', {}, '[' + (n || id) + '] ', link(path.article(id) + '?event=' + encodeURIComponent(ctx.event.id) + '&claim='
    + claimKey(c.text), a.title)),
  el('p', { class: 'meta' }, (a.outlet || 'unknown outlet') + ' · ' + (a.published || 'undated') + (derived ? ' · ' + derived : '')));
  const spans = (c.spans || []).filter((s) => s.article === id).map((s) => locate(a.body, s)).filter(Boolean);
  const ranges = spans.map((s) => ({ start: s.start, end: s.end, cls: 'span' }));
  const text = el('div', { class: 'excerpt' });
  if (ranges.length) {
    for (const [ps, pe] of paragraphs(a.body)) {
      if (ranges.some((r) => r.end > ps && r.start < pe)) text.appendChild(el('p', {}, marked(a.body, ps, pe, ranges)));
    }
  } else {
    const first = paragraphs(a.body)[0];
    text.appendChild(el('p', { class: 'meta' }, 'No supporting sentence is recorded for this report; its opening:'));
    if (first) text.appendChild(el('p', {}, a.body.slice(first[0], first[1])));
  }
  const full = el('details', {}, el('summary', {}, 'Full text'));
  for (const [ps, pe] of paragraphs(a.body)) full.appendChild(el('p', {}, marked(a.body, ps, pe, ranges)));
  card.append(text, full);
  return card;
}

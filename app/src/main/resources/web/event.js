// The event dossier: the analyst's working page. Summary, the story's timeline, claims (filter, sort,
// pages, permalinks, side-by-side comparison), the copy graph and the sources.
import { api, citations, dateRange, el, externalLink, idFromPath, link, path, ready, start } from './ui.js';
import { timeline } from './timeline.js';
import { claimsTable } from './claims.js';
import { copyGraph } from './graph.js';

start('events', async () => {
  const id = idFromPath();
  const { body: d } = await api('/api/events/' + encodeURIComponent(id) + '/dossier');
  const event = d.events.find((e) => e.id === id);
  const articles = new Map(d.articles.map((a) => [a.id, a]));
  const story = d.stories[0] || null;
  const order = event.articles.concat(d.articles.map((a) => a.id));
  const refs = citations(order, articles);
  const ctx = { d, event, articles, story, refs };

  document.title = 'Triangulate — ' + event.title;
  document.getElementById('title').textContent = event.title;
  const crumbs = document.getElementById('crumbs');
  if (story) crumbs.append(' › ', link(path.story(story.id), 'Story: ' + story.title));
  document.getElementById('facts').append(dateRange(event.date, event.end_date) + ' · '
    + (event.location || 'place unknown') + ' · ' + event.articles.length
    + (event.articles.length === 1 ? ' report' : ' reports') + ' · ' + event.claims.length
    + (event.claims.length === 1 ? ' claim' : ' claims'));
  exports(event.id);
  summary(ctx);
  timeline(document.getElementById('timeline'), { story, events: d.events, current: event, articles, refs });
  claimsTable(document.getElementById('claims'), ctx);
  copyGraph(document.getElementById('graph'), ctx);
  sources(ctx);
  ready();
});

function exports(id) {
  const box = document.getElementById('exports');
  const base = '/api/events/' + encodeURIComponent(id) + '/export?format=';
  box.append(el('span', { class: 'meta' }, 'Export: '));
  for (const [format, label] of [['json', 'JSON'], ['markdown', 'Markdown'], ['html', 'HTML report']]) {
    box.appendChild(el('a', { class: 'button', href: base + format, download: '', 'data-format': format }, label));
  }
}

function summary({ event, refs }) {
  const list = document.getElementById('summary');
  for (const s of event.summary) list.appendChild(el('li', {}, s.text + ' ', refs.cite(s.sources)));
  if (!event.summary.length) list.appendChild(el('li', { class: 'meta' }, 'No summary yet.'));
  const who = document.getElementById('entities');
  if (event.entities.length) {
    who.append(el('b', {}, 'Who: '), event.entities.map((x) => x.name + ' (' + x.type + (x.role ? ', ' + x.role : '')
      + ')').join('; '));
  }
}

function sources({ event, articles, refs, d }) {
  const box = document.getElementById('sources');
  const table = el('table', { class: 'list cards sources' },
    el('caption', { class: 'visually-hidden' }, 'Sources of this event, with their provenance'),
    el('thead', {}, el('tr', {}, ['#', 'Report', 'Outlet', 'Published', 'Original', 'Derived from']
      .map((h) => el('th', { scope: 'col' }, h)))));
  const tbody = el('tbody');
  const inEvent = new Set(event.articles);
  const ids = [...refs.number.keys()].filter((a) => articles.has(a));
  for (const a of ids) {
    const art = articles.get(a);
    const derived = el('span', {});
    for (const x of art.derived_from) {
      if (derived.childNodes.length) derived.append('; ');
      derived.append(x.relation + ' of ', refs.cite([x.id]), ' (' + x.score.toFixed(2) + ')');
    }
    const copies = d.articles.filter((o) => o.derived_from.some((x) => x.id === a)).map((o) => o.id);
    if (copies.length) {
      if (derived.childNodes.length) derived.append('; ');
      derived.append('source of ', refs.cite(copies));
    }
    if (!derived.childNodes.length) derived.append('—');
    tbody.appendChild(el('tr', { id: 'source-' + refs.number.get(a), class: inEvent.has(a) ? null : 'outside' },
      el('td', { 'data-label': '#' }, '[' + refs.number.get(a) + ']'),
      el('td', { 'data-label': 'Report' }, link(path.article(a), art.title),
        inEvent.has(a) ? null : el('span', { class: 'meta' }, ' (not in this event; a source of one of its reports)')),
      el('td', { 'data-label': 'Outlet' }, art.outlet || 'unknown outlet'),
      el('td', { class: 'nowrap', 'data-label': 'Published' }, art.published || 'undated'),
      el('td', { 'data-label': 'Original' }, externalLink(art.url) || el('span', { class: 'meta' }, 'no URL')),
      el('td', { 'data-label': 'Derived from' }, derived)));
  }
  table.appendChild(tbody);
  box.appendChild(table);
}

// A story arc: its timeline (events and dated background) and its events.
import { api, citations, dateRange, el, idFromPath, link, path, ready, start } from './ui.js';
import { timeline } from './timeline.js';

start('events', async () => {
  const id = idFromPath();
  const { body: story } = await api('/api/stories/' + encodeURIComponent(id));
  document.title = 'Triangulate — ' + story.title;
  document.getElementById('title').textContent = story.title;
  // the dossier of its first event carries every event of the story and their articles
  const first = story.events[0];
  const d = first ? (await api('/api/events/' + encodeURIComponent(first) + '/dossier')).body : { events: [], articles: [] };
  const events = story.events.map((e) => d.events.find((x) => x.id === e)).filter(Boolean);
  const articles = new Map(d.articles.map((a) => [a.id, a]));
  const refs = citations(events.flatMap((e) => e.articles), articles);
  document.getElementById('facts').textContent = events.length + (events.length === 1 ? ' event' : ' events') + ' · '
    + articles.size + (articles.size === 1 ? ' report' : ' reports');
  timeline(document.getElementById('timeline'), { story, events, current: null, articles, refs });
  const tbody = document.querySelector('#events tbody');
  for (const e of events) {
    tbody.appendChild(el('tr', { 'data-event': e.id },
      el('td', { class: 'nowrap', 'data-label': 'Date' }, dateRange(e.date, e.end_date, 'unknown')),
      el('td', { 'data-label': 'Event' }, link(path.event(e.id), e.title)),
      el('td', { 'data-label': 'Where' }, e.location || '—'),
      el('td', { class: 'num', 'data-label': 'Articles' }, String(e.articles.length)),
      el('td', { class: 'num', 'data-label': 'Claims' }, String(e.claims.length))));
  }
  ready();
});

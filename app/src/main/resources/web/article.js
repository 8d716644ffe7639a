// One article: its cleaned text with the sentences that support claims highlighted (one claim's
// spans picked out when the page is opened from it), the events it reports, its provenance, and the
// lines the cleaner removed. No server file paths: the original URL is linked when there is one.
import { api, badge, claimKey, el, externalLink, idFromPath, link, marked, locate, paragraphs, path, ready, start } from './ui.js';

start('events', async () => {
  const id = idFromPath();
  const params = new URLSearchParams(location.search);
  const [{ body: a }, { items: events }] = await Promise.all([
    api('/api/articles/' + encodeURIComponent(id)),
    api('/api/articles/' + encodeURIComponent(id) + '/events')]);
  document.title = 'Triangulate — ' + a.title;
  document.getElementById('title').textContent = a.title;
  const facts = document.getElementById('facts');
  facts.append([a.outlet || 'unknown outlet', a.published || 'undated', a.byline ? 'by ' + a.byline : null,
    a.dateline ? 'dateline ' + a.dateline : null].filter(Boolean).join(' · '));
  const out = externalLink(a.url, a.url);
  if (out) facts.append(' · ', out);

  const crumbs = document.getElementById('crumbs');
  const of = document.getElementById('events-of');
  if (events.length) {
    crumbs.append(' › ', link(path.event(events[0].id), events[0].title));
    of.append(events.length === 1 ? 'Reports the event ' : 'Reports the events ');
    events.forEach((e, i) => of.append(i ? ', ' : '', link(path.event(e.id), e.title, { class: 'event-link' })));
  } else {
    of.append('Not part of any event yet.');
  }
  await derivations(a);

  const full = await Promise.all(events.map((e) => api('/api/events/' + encodeURIComponent(e.id)).then((r) => r.body)));
  const wanted = params.get('claim');
  const claims = [];
  const ranges = [];
  for (const e of full) {
    for (const c of e.claims) {
      const key = claimKey(c.text);
      const spans = (c.spans || []).filter((s) => s.article === id).map((s) => locate(a.body, s)).filter(Boolean);
      if (!spans.length && !c.sources.includes(id)) continue;
      const current = key === wanted && (!params.get('event') || params.get('event') === e.id);
      claims.push({ e, c, key, current });
      for (const s of spans) ranges.push({ start: s.start, end: s.end, cls: 'span ' + c.status + (current ? ' current' : ''), title: c.text, key });
    }
  }
  body(a, ranges);
  claimList(claims);
  const note = document.getElementById('highlight-note');
  const current = claims.find((x) => x.current);
  note.textContent = current ? 'Highlighted in dark: the sentences supporting “' + current.c.text + '”. Lighter: the other claims.'
    : ranges.length ? 'Highlighted, coloured by claim status: sentences that support the claims listed below.' : '';
  const first = document.querySelector('#body mark.current');
  if (first) first.scrollIntoView({ block: 'center' });

  const removed = document.getElementById('removed');
  for (const line of a.removed) removed.appendChild(el('li', {}, el('del', {}, line)));
  if (!a.removed.length) removed.appendChild(el('li', { class: 'meta' }, 'Nothing was removed.'));
  ready();
});

async function derivations(a) {
  const derived = document.getElementById('derived');
  if (!a.derived_from.length) return;
  const sources = await Promise.all(a.derived_from.map((x) => api('/api/articles/' + encodeURIComponent(x.id))
    .then((r) => r.body).catch(() => null)));
  derived.append('Derived from: ');
  a.derived_from.forEach((x, i) => {
    const s = sources[i];
    derived.append(i ? '; ' : '', x.relation + ' of ', link(path.article(x.id), s ? s.title : x.id),
      s && s.outlet ? ' (' + s.outlet + ')' : '', ', score ' + x.score.toFixed(2));
  });
}

function body(a, ranges) {
  const box = document.getElementById('body');
  for (const [ps, pe] of paragraphs(a.body)) box.appendChild(el('p', {}, marked(a.body, ps, pe, ranges)));
}

function claimList(claims) {
  const ul = document.getElementById('claims');
  for (const { e, c, key, current } of claims) {
    ul.appendChild(el('li', { class: current ? 'current' : null },
      badge(c.status), ' ', link(path.event(e.id) + '#claim-' + key, c.text), el('span', { class: 'meta' }, ' — ' + e.title)));
  }
  if (!claims.length) ul.appendChild(el('li', { class: 'meta' }, 'No claims cite this report.'));
}

// The story's timeline as a picture: a time axis with the story's events and dated background facts
// (numbered as in the list under it), markers for events with updated figures or unsupported claims,
// and, on an event page, a second axis with the event's reports by publication day. Legend below.
import { badge, el, link, path, svg } from './ui.js';

const COLOURS = { event: '#24508f', background: '#9aa5b8', report: '#566074', updated: '#1c4c8f', unsupported: '#5b2386' };

/** ISO date at any precision (2023-03-06, 2022-11, 2022) to a day number, or null. */
export function dayOf(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso || '');
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / 86400000;
}

function isoOf(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** The story's entries: its timeline, or (older dossiers) its dated events. */
function entries(story, events) {
  if (story && story.timeline && story.timeline.length) return story.timeline;
  const list = (story ? story.events.map((id) => events.find((e) => e.id === id)).filter(Boolean) : events)
    .filter((e) => e.date).map((e) => ({ date: e.date, text: e.title, sources: e.articles, kind: 'event', event: e.id }));
  return list.sort((a, b) => dayOf(a.date) - dayOf(b.date));
}

function flags(event) {
  if (!event) return { updated: 0, unsupported: 0 };
  return { updated: event.claims.filter((c) => (c.updates || []).length).length,
    unsupported: event.claims.filter((c) => c.unsupported).length };
}

/**
 * Draws into box. opts: story, events (full events of the story), current (the event of the page or
 * null), articles (Map id → article), refs (citations).
 */
export function timeline(box, opts) {
  const items = entries(opts.story, opts.events);
  const byId = new Map(opts.events.map((e) => [e.id, e]));
  const width = Math.max(300, Math.min(1040, box.clientWidth || 1000));
  const pic = svg('svg', { viewBox: '0 0 ' + width + ' 10', width, role: 'img', class: 'timeline-svg' });
  let y = 0;
  const label = [];
  if (items.length) {
    y = storyBand(pic, items, byId, opts.current, width, y);
    label.push(items.length + ' dated entries of the story from ' + items[0].date + ' to ' + items[items.length - 1].date);
  }
  if (opts.current) {
    const r = reportBand(pic, opts.current, opts.articles, opts.refs, width, y);
    if (r.count) label.push(r.count + ' reports of this event by publication day');
    y = r.y;
  }
  y = legend(pic, width, y + 8);
  pic.setAttribute('viewBox', '0 0 ' + width + ' ' + y);
  pic.setAttribute('height', y);
  pic.setAttribute('aria-label', 'Timeline: ' + (label.join('; ') || 'no dates known') + '. The list below has every entry.');
  box.appendChild(el('figure', { class: 'timeline-figure' }, pic));
  box.appendChild(list(items, byId, opts));
}

function scale(days, width) {
  const min = Math.min(...days);
  const max = Math.max(...days);
  const left = 40;
  const right = width - 40;
  return { min, max, left, right, x: (d) => (max === min ? (left + right) / 2 : left + (right - left) * (d - min) / (max - min)) };
}

function axis(pic, s, y, title) {
  pic.appendChild(svg('text', { x: 4, y: y - 34, class: 'band-title' }, title));
  pic.appendChild(svg('line', { x1: s.left, y1: y, x2: s.right, y2: y, stroke: '#8a94a6', 'stroke-width': 2 }));
  pic.appendChild(svg('text', { x: s.left, y: y + 30 }, isoOf(s.min)));
  if (s.max !== s.min) pic.appendChild(svg('text', { x: s.right, y: y + 30, 'text-anchor': 'end' }, isoOf(s.max)));
}

/** Numbered marks, stacked in lanes where they would collide. */
function placeLabels(xs) {
  const lanes = [];
  let lastX = -1e9;
  let lastLane = 0;
  for (const x of xs) {
    const lane = x - lastX < 22 ? (lastLane + 1) % 3 : 0;
    lanes.push(lane);
    lastX = x;
    lastLane = lane;
  }
  return lanes;
}

function storyBand(pic, items, byId, current, width, y0) {
  const y = y0 + 64;
  const days = items.map((t) => dayOf(t.date)).filter((d) => d !== null);
  if (!days.length) return y0;
  const s = scale(days, width);
  axis(pic, s, y, 'Story');
  const xs = items.map((t) => s.x(dayOf(t.date) ?? s.min));
  const lanes = placeLabels(xs);
  items.forEach((t, i) => {
    const x = xs[i];
    const isEvent = t.kind === 'event';
    const mine = current && t.event === current.id && isEvent;
    const g = svg('g', { class: 'mark ' + t.kind + (mine ? ' current' : ''), 'data-entry': i + 1 });
    g.appendChild(svg('title', {}, (i + 1) + '. ' + t.date + ' ' + (isEvent ? '' : '(background) ') + t.text));
    if (mine) g.appendChild(svg('circle', { cx: x, cy: y, r: 11, fill: 'none', stroke: COLOURS.event, 'stroke-width': 2 }));
    g.appendChild(svg('circle', { cx: x, cy: y, r: isEvent ? 7 : 5, fill: isEvent ? COLOURS.event : COLOURS.background }));
    g.appendChild(svg('text', { x, y: y - 14 - lanes[i] * 12, 'text-anchor': 'middle' }, String(i + 1)));
    const f = isEvent ? flags(byId.get(t.event)) : { updated: 0, unsupported: 0 };
    if (f.updated) g.appendChild(triangle(x - 6, y + 13, 'updated'));
    if (f.unsupported) g.appendChild(diamond(x + 6, y + 13, 'unsupported'));
    if (isEvent && t.event && !mine && byId.has(t.event)) {
      const a = svg('a', { href: path.event(t.event) });
      a.appendChild(g);
      pic.appendChild(a);
    } else {
      pic.appendChild(g);
    }
  });
  return y + 40;
}

function triangle(x, y, cls) {
  return svg('path', { d: `M${x - 5},${y + 4} L${x},${y - 5} L${x + 5},${y + 4} z`, fill: COLOURS.updated, class: 'marker ' + cls });
}

function diamond(x, y, cls) {
  return svg('path', { d: `M${x},${y - 5} L${x + 5},${y} L${x},${y + 5} L${x - 5},${y} z`, fill: COLOURS.unsupported, class: 'marker ' + cls });
}

/** The event's reports on their own axis: who reported when, which report revised a figure, which added unsupported claims. */
function reportBand(pic, event, articles, refs, width, y0) {
  const dated = event.articles.map((id) => articles.get(id)).filter((a) => a && a.published);
  if (!dated.length) return { y: y0, count: 0 };
  const y = y0 + 64;
  const s = scale(dated.map((a) => dayOf(a.published)), width);
  axis(pic, s, y, 'Reports of this event');
  const revisers = new Set();
  for (const c of event.claims) {
    (c.updates || []).slice(1).forEach((u) => u.sources.forEach((id) => revisers.add(id)));
  }
  const unsupported = new Set();
  for (const c of event.claims) if (c.unsupported) c.sources.forEach((id) => unsupported.add(id));
  const sorted = dated.slice().sort((a, b) => dayOf(a.published) - dayOf(b.published) || refs.number.get(a.id) - refs.number.get(b.id));
  const perDay = new Map();
  for (const a of sorted) {
    const d = dayOf(a.published);
    const k = perDay.get(d) || 0;
    perDay.set(d, k + 1);
    const x = s.x(d);
    const cy = y - k * 13;
    const g = svg('g', { class: 'mark report', 'data-article': a.id });
    g.appendChild(svg('title', {}, '[' + refs.number.get(a.id) + '] ' + a.published + ' ' + (a.outlet || '') + ' — ' + a.title));
    g.appendChild(svg('circle', { cx: x, cy, r: 5, fill: '#fff', stroke: COLOURS.report, 'stroke-width': 2 }));
    g.appendChild(svg('text', { x: x + 8, y: cy - 5 }, String(refs.number.get(a.id))));
    if (revisers.has(a.id)) g.appendChild(triangle(x - 6, y + 13, 'updated'));
    if (unsupported.has(a.id)) g.appendChild(diamond(x + 6, y + 13, 'unsupported'));
    const link = svg('a', { href: path.article(a.id) });
    link.appendChild(g);
    pic.appendChild(link);
  }
  return { y: y + 40, count: dated.length };
}

function legend(pic, width, y) {
  const items = [
    [(x) => svg('circle', { cx: x, cy: y, r: 7, fill: COLOURS.event }), 'event'],
    [(x) => svg('circle', { cx: x, cy: y, r: 5, fill: COLOURS.background }), 'background fact'],
    [(x) => svg('circle', { cx: x, cy: y, r: 5, fill: '#fff', stroke: COLOURS.report, 'stroke-width': 2 }), 'report'],
    [(x) => triangle(x, y, 'updated'), 'updated figure'],
    [(x) => diamond(x, y, 'unsupported'), 'unsupported claim'],
  ];
  const g = svg('g', { class: 'legend' });
  let x = 12;
  let row = y;
  for (const [glyph, text] of items) {
    const w = 26 + text.length * 6.2;
    if (x + w > width) { x = 12; row += 20; y = row; }
    const mark = glyph(x + 6);
    mark.setAttribute('transform', `translate(0, ${row - y})`);
    g.appendChild(mark);
    g.appendChild(svg('text', { x: x + 18, y: row + 4 }, text));
    x += w;
  }
  pic.appendChild(g);
  return row + 14;
}

function list(items, byId, opts) {
  const ol = el('ol', { class: 'timeline' });
  items.forEach((t, i) => {
    const isEvent = t.kind === 'event';
    const f = isEvent ? flags(byId.get(t.event)) : { updated: 0, unsupported: 0 };
    const mine = opts.current && t.event === opts.current.id && isEvent;
    const text = isEvent && t.event && byId.has(t.event) && !mine ? link(path.event(t.event), t.text) : t.text;
    ol.appendChild(el('li', { class: isEvent ? 'event' : 'bg', value: i + 1, 'data-kind': t.kind },
      el('time', { datetime: t.date }, t.date), ' ',
      badge(isEvent ? 'kind-event' : 'kind-background', isEvent ? 'event' : 'background'), ' ',
      isEvent ? el('b', {}, text) : text,
      mine ? el('span', { class: 'meta' }, ' (this event)') : null,
      f.updated ? [' ', badge('update', 'updated')] : null,
      f.unsupported ? [' ', badge('unsupported', 'unsupported')] : null,
      ' ', opts.refs ? opts.refs.cite(t.sources.filter((s) => opts.articles.has(s))) : null));
  });
  if (!items.length) ol.appendChild(el('li', { class: 'meta' }, 'No dates known.'));
  return ol;
}

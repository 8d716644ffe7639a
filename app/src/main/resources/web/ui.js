// Triangulate web UI, shared helpers. Everything that comes from articles is untrusted: it is only
// ever put into the page with textContent / createTextNode / setAttribute on safe attributes, never
// as HTML. Links out are made only from http(s) URLs.

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element with attributes (null/undefined skipped) and children (strings become text nodes). */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

/** An SVG element; {@code text} becomes its text content. */
export function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  }
  if (text !== undefined) e.textContent = text;
  return e;
}

/** GET a JSON API path: {body, items (the list of a list endpoint), total (X-Total-Count)}. */
export async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + r.status);
  const items = Array.isArray(body) ? body : (body && Array.isArray(body.items) ? body.items : null);
  const header = r.headers.get('X-Total-Count');
  const total = header !== null ? Number(header) : (items ? (body.count ?? items.length) : null);
  return { body, items, total };
}

export function idFromPath() {
  const parts = location.pathname.split('/');
  return decodeURIComponent(parts[parts.length - 1] || '');
}

export const path = {
  event: (id) => '/events/' + encodeURIComponent(id),
  article: (id) => '/articles/' + encodeURIComponent(id),
  story: (id) => '/stories/' + encodeURIComponent(id),
};

export function link(href, text, attrs) {
  return el('a', Object.assign({ href }, attrs || {}), text);
}

/** A link out to an article's original URL, or null when it is not http(s). */
export function externalLink(url, text) {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  let label = text;
  if (!label) {
    try { label = new URL(url).hostname; } catch (e) { return null; }
  }
  return el('a', { href: url, class: 'external', rel: 'noopener noreferrer nofollow', target: '_blank' },
    label, el('span', { class: 'visually-hidden' }, ' (opens the original page)'));
}

export function dateRange(from, to, unknown) {
  if (!from) return unknown || 'date unknown';
  return to && to !== from ? from + ' to ' + to : from;
}

export function plural(n, one, many) {
  return n + ' ' + (n === 1 ? one : many);
}

/** Statuses in the order the UI groups them: what needs attention first. */
export const STATUSES = ['contradicted', 'corroborated', 'single-source'];

export function badge(cls, text) {
  return el('span', { class: 'badge ' + cls }, text || cls);
}

/**
 * A stable key for a claim's permalink: FNV-1a of its text, so links survive re-analysis that keeps
 * the claim and reorders others. Texts of one event are distinct (equal statements are one claim).
 */
export function claimKey(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 'c' + h.toString(16).padStart(8, '0');
}

/**
 * Citation numbers for an event's sources: [n] in the order of the event's articles, then the
 * articles they derive from. cite(ids) gives the links sorted by number.
 */
export function citations(order, articles) {
  const number = new Map();
  for (const id of order) if (!number.has(id)) number.set(id, number.size + 1);
  const cite = (ids) => {
    const span = el('span', { class: 'cites' });
    const sorted = [...new Set(ids)].sort((a, b) => (number.get(a) ?? 1e9) - (number.get(b) ?? 1e9)
      || (a < b ? -1 : a > b ? 1 : 0));
    for (const id of sorted) {
      const a = articles.get(id);
      const n = number.get(id);
      const label = a ? (a.outlet ? a.outlet + ' — ' : '') + a.title : id;
      span.appendChild(el('a', { class: 'cite', href: path.article(id), title: label,
        'aria-label': 'source ' + (n || id) + ': ' + label }, '[' + (n || id) + ']'));
    }
    return span;
  };
  return { number, cite };
}

/**
 * body[start, end) as a fragment with the given ranges ({start, end, cls, title, id}) wrapped in
 * <mark>; ranges are clipped to the window and may not overlap (later ones inside earlier are dropped).
 */
export function marked(body, start, end, ranges) {
  const frag = document.createDocumentFragment();
  let at = start;
  const inside = ranges.filter((r) => r.end > start && r.start < end).sort((a, b) => a.start - b.start);
  for (const r of inside) {
    const s = Math.max(r.start, at);
    const e = Math.min(r.end, end);
    if (e <= s) continue;
    if (s > at) frag.appendChild(document.createTextNode(body.slice(at, s)));
    frag.appendChild(el('mark', { class: r.cls || null, title: r.title || null, id: r.id || null,
      'data-claim': r.key || null }, body.slice(s, e)));
    at = e;
  }
  if (at < end) frag.appendChild(document.createTextNode(body.slice(at, end)));
  return frag;
}

/** Where a claim span really is in body: its offsets when they hold its text, else the text's first occurrence. */
export function locate(body, span) {
  if (span.start >= 0 && span.end <= body.length && body.slice(span.start, span.end) === span.text) {
    return { start: span.start, end: span.end };
  }
  const at = span.text ? body.indexOf(span.text) : -1;
  return at < 0 ? null : { start: at, end: at + span.text.length };
}

/** Paragraphs of a body as [start, end) offsets (blank lines separate paragraphs). */
export function paragraphs(body) {
  const out = [];
  const re = /\n\s*\n/g;
  let at = 0;
  let m;
  while ((m = re.exec(body)) !== null) {
    if (body.slice(at, m.index).trim()) out.push([at, m.index]);
    at = m.index + m[0].length;
  }
  if (body.slice(at).trim()) out.push([at, body.length]);
  return out;
}

/**
 * Previous/next page buttons and "a–b of n" into nav, for a list of total items shown limit at a
 * time from offset; onPage(newOffset) loads another page.
 */
export function pager(nav, total, offset, limit, onPage) {
  nav.replaceChildren();
  if (total <= limit && offset === 0) return;
  const prev = el('button', { type: 'button', class: 'prev', disabled: offset <= 0 }, '← Previous');
  const next = el('button', { type: 'button', class: 'next', disabled: offset + limit >= total }, 'Next →');
  prev.addEventListener('click', () => onPage(Math.max(0, offset - limit)));
  next.addEventListener('click', () => onPage(offset + limit));
  const last = Math.min(total, offset + limit);
  nav.append(prev, el('span', { class: 'range' }, (total ? offset + 1 : 0) + '–' + last + ' of ' + total), next);
}

export function fail(err) {
  const t = document.getElementById('title') || document.getElementById('status');
  if (t) t.textContent = 'Error: ' + err.message;
  document.body.setAttribute('data-state', 'error');
}

export function ready() {
  document.body.setAttribute('data-state', 'ready');
}

/** Marks the current section in the header and fills the store counts. */
export function chrome(section) {
  for (const a of document.querySelectorAll('header nav a')) {
    if (a.getAttribute('data-nav') === section) a.setAttribute('aria-current', 'page');
  }
  api('/api/stats').then(({ body: s }) => {
    document.getElementById('stats').textContent = [plural(s.articles, 'article', 'articles'),
      plural(s.events, 'event', 'events'), plural(s.claims, 'claim', 'claims')].join(' · ');
  }).catch(() => {});
}

/** Runs a page's main function once the DOM is there, marking the page failed on any error. */
export function start(section, main) {
  const run = () => { chrome(section); main().catch(fail); };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}

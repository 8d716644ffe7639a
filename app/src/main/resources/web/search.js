// Search articles or events by words (BM25) or by meaning (MiniLM embeddings, with a relevance
// cut-off so that a meaningless query finds nothing); every hit shows its score.
import { api, el, link, pager, path, ready, start } from './ui.js';

const LIMIT = Math.min(1000, Math.max(1, Number(new URLSearchParams(location.search).get('limit')) || 20));

start('search', async () => {
  const params = new URLSearchParams(location.search);
  const form = document.getElementById('search');
  const q = document.getElementById('q');
  const type = document.getElementById('type');
  const mode = document.getElementById('mode');
  q.value = params.get('q') || '';
  type.value = params.get('type') === 'event' ? 'event' : 'article';
  mode.value = params.get('mode') === 'semantic' ? 'semantic' : 'text';
  const run = (offset) => {
    const p = new URLSearchParams({ q: q.value.trim(), type: type.value, mode: mode.value });
    if (offset) p.set('offset', String(offset));
    history.replaceState(null, '', '/search?' + p);
    return load(q.value.trim(), type.value, mode.value, offset, run);
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); run(0); });
  if (q.value.trim()) await run(Math.max(0, Number(params.get('offset')) || 0));
  else ready();
});

async function load(q, type, mode, offset, run) {
  document.body.removeAttribute('data-state');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  results.replaceChildren();
  document.getElementById('explain').textContent = mode === 'semantic'
    ? 'By meaning: score is the cosine similarity mapped to 0–1; hits below the relevance cut-off are left out.'
    : 'By words: score is BM25 over stemmed words (higher is better; not comparable across queries).';
  if (!q) { status.textContent = 'Type something to search for.'; ready(); return; }
  const page = await api('/api/search?q=' + encodeURIComponent(q) + '&type=' + type + '&mode=' + mode
    + '&offset=' + offset + '&limit=' + LIMIT);
  const best = page.items.length ? page.items[0].score : 1;
  results.setAttribute('start', String(offset + 1));
  for (const h of page.items) {
    const href = type === 'event' ? path.event(h.id) : path.article(h.id);
    results.appendChild(el('li', { 'data-id': h.id, 'data-score': String(h.score) },
      link(href, h.title || h.id, { class: 'hit' }), ' ',
      el('span', { class: 'score' }, 'score ' + h.score.toFixed(3)),
      el('meter', { min: '0', max: String(mode === 'semantic' ? 1 : Math.max(best, h.score)), value: String(h.score),
        'aria-hidden': 'true' })));
  }
  status.textContent = page.total === 0
    ? 'Nothing found for “' + q + '”.'
    : page.total + (page.total === 1 ? ' result' : ' results') + ' for “' + q + '”';
  pager(document.getElementById('pager'), page.total, offset, LIMIT, (o) => run(o));
  ready();
}

// The 404 page: says what was asked for (as text) and where to go instead.
import { el, ready, start } from './ui.js';

start('', async () => {
  const parts = location.pathname.split('/').filter(Boolean);
  const kinds = { events: 'event', articles: 'article', stories: 'story' };
  const what = document.getElementById('what');
  if (parts.length === 2 && kinds[parts[0]]) {
    what.replaceChildren('There is no ' + kinds[parts[0]] + ' with the id ', el('code', {}, decode(parts[1])),
      ' in this store. It may have been merged into another event by a later analysis, or the link is mistyped.');
  } else {
    what.replaceChildren('There is no page at ', el('code', {}, decode(location.pathname)), '.');
  }
  ready();
});

function decode(s) {
  try { return decodeURIComponent(s); } catch (e) { return s; }
}

// Suggestions as you type for search boxes marked data-suggest: fills the input's <datalist> from the suggest
// endpoint. The form works without this script; it only adds the list.
(function () {
  for (const input of document.querySelectorAll('input[data-suggest]')) {
    const list = document.getElementById(input.getAttribute('list'));
    let timer = 0, last = '';
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (q.length < 2 || q === last) return;
        last = q;
        try {
          const res = await fetch(input.dataset.suggest + '?limit=8&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
          if (!res.ok) return;
          const items = await res.json();
          list.replaceChildren(...items.map(s => { const o = document.createElement('option'); o.value = s.title; return o; }));
        } catch { /* suggestions are optional */ }
      }, 150);
    });
  }
})();

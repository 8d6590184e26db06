// The intranet's own leader statistics: it receives the widgets' anonymous counts through the
// provider's metrics sink and shows them. Counts only, never content; kept in memory (a real
// intranet would send these totals to its own statistics service).
const provider = document.querySelector('bsp-provider');
const table = document.querySelector('#leader-stats tbody');
const counts = new Map();

provider.metrics = ({ widget, name, count = 1 }) => {
  const key = `${widget} · ${name}`;
  counts.set(key, (counts.get(key) ?? 0) + count);
  table.replaceChildren(
    ...[...counts].sort().map(([what, n]) => {
      const row = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = what;
      const td = document.createElement('td');
      td.textContent = String(n);
      row.append(th, td);
      return row;
    }),
  );
};

// The language switch: one attribute on the provider changes every widget inside it.
for (const radio of document.querySelectorAll('.lang-switch input')) {
  radio.addEventListener('change', () => provider.setAttribute('lang', radio.value));
}

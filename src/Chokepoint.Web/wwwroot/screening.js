// Screening page: posts names or a CSV to POST /screening, renders matches with score and explanation,
// records false-positive judgements, and downloads the results as CSV.
(function () {
  'use strict';
  const form = document.getElementById('screen-form');
  const table = document.getElementById('results');
  const body = table.querySelector('tbody');
  const summary = document.getElementById('summary');
  const errors = document.getElementById('errors');
  const download = document.getElementById('download');
  let result = null;

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    summary.textContent = 'screening…';
    const response = await fetch('/screening', { method: 'POST', body: new FormData(form) });
    const data = await response.json().catch(function () { return {}; });
    if (!response.ok) {
      summary.textContent = (data.title || 'Screening failed') + (data.detail ? ': ' + data.detail : '') + ' (HTTP ' + response.status + ')';
      return;
    }
    result = data;
    render();
  });

  function render() {
    summary.textContent = result.screened + ' names screened · ' + result.matches.length + ' matches · ' + result.unmatched.length +
      ' without a match · ' + result.excluded_false_positives + ' false positives left out · algorithm ' + result.algorithm;
    errors.replaceChildren();
    if (result.errors.length) {
      const box = document.createElement('div');
      box.className = 'errors';
      box.setAttribute('role', 'alert');
      box.innerHTML = '<h2>Rows not screened</h2>';
      const ul = document.createElement('ul');
      result.errors.forEach(function (e) { const li = document.createElement('li'); li.textContent = 'line ' + e.line + ': ' + e.message; ul.append(li); });
      box.append(ul);
      errors.append(box);
    }
    body.replaceChildren();
    result.matches.forEach(function (m) {
      const tr = document.createElement('tr');
      const link = '<a href="/app/entities/' + encodeURIComponent(m.entity_id) + '"></a>';
      tr.innerHTML = '<td></td><td></td><td>' + link + ' <span class="badge"></span>' + (m.sanctioned ? ' <span class="badge sanctioned">sanctioned</span>' : '') +
        '</td><td></td><td></td><td><button type="button" class="secondary">False positive</button></td>';
      const cells = tr.children;
      cells[0].textContent = m.line;
      cells[1].textContent = m.query;
      cells[2].querySelector('a').textContent = m.caption;
      cells[2].querySelector('.badge').textContent = m.schema;
      cells[3].textContent = m.score.toFixed(2);
      cells[4].textContent = m.explanation;
      const button = cells[5].querySelector('button');
      button.setAttribute('aria-label', 'Mark ' + m.caption + ' as a false positive for ' + m.query);
      button.addEventListener('click', async function () {
        const response = await fetch('/screening/false-positives', {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: m.query, entity_id: m.entity_id })
        });
        if (response.ok) { m.judgement = 'false positive'; tr.classList.add('judged'); button.textContent = 'Marked'; button.disabled = true; }
        else { button.textContent = response.status === 403 ? 'Not allowed for your role' : 'Failed (HTTP ' + response.status + ')'; button.disabled = true; }
      });
      body.append(tr);
    });
    table.hidden = result.matches.length === 0;
    download.disabled = false;
  }

  function csv(value) {
    const text = String(value === undefined || value === null ? '' : value);
    return /[",\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  download.addEventListener('click', function () {
    if (!result) return;
    const rows = [['line', 'query', 'entity_id', 'caption', 'schema', 'score', 'sanctioned', 'explanation', 'judgement']];
    result.matches.forEach(function (m) { rows.push([m.line, m.query, m.entity_id, m.caption, m.schema, m.score, m.sanctioned, m.explanation, m.judgement || '']); });
    result.unmatched.forEach(function (q) { rows.push([q.line, q.name, '', '', '', '', '', 'no match', '']); });
    result.errors.forEach(function (e) { rows.push([e.line, '', '', '', '', '', '', 'error: ' + e.message, '']); });
    const blob = new Blob([rows.map(function (r) { return r.map(csv).join(','); }).join('\n') + '\n'], { type: 'text/csv' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'screening.csv';
    document.body.append(a);
    a.click();
    a.remove();
  });
})();

// Network view: starts from one entity and expands neighbours on click through GET /entities/{id}/expand.
(function () {
  'use strict';
  const container = document.getElementById('graph');
  const status = document.getElementById('status');
  const palette = {
    Company: '#1f6fb4', Organization: '#17a2b8', PublicBody: '#7b52ab', LegalEntity: '#3d7fc1', Person: '#e07b00',
    Product: '#2e9a3e', Address: '#8c564b', Sanction: '#c0392b', Event: '#a3a32a', Claim: '#7f7f7f', Observation: '#d45fa6',
    Vessel: '#006d77', Airplane: '#5c6bc0'
  };
  const colour = (schema) => palette[schema] || '#6b7b8c';
  const pages = {}; // entity id -> next offset of incoming relations, or null when exhausted
  const cy = cytoscape({
    container: container,
    wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 3,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 130,
        'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22, 'border-width': 1, 'border-color': '#ffffff', color: '#1b1f24',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1, 'min-zoomed-font-size': 7 } },
      { selector: 'node[?sanctioned]', style: { 'border-width': 4, 'border-color': '#b3261e' } },
      { selector: 'node[?expanded]', style: { shape: 'round-rectangle' } },
      { selector: 'node:selected', style: { 'overlay-opacity': 0.2, 'overlay-color': '#f0b400' } },
      { selector: 'edge', style: {
        width: 1.5, 'line-color': '#9aa7b5', 'target-arrow-color': '#9aa7b5', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
        label: 'data(label)', 'font-size': 8, 'text-rotation': 'autorotate', color: '#3a4450',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 7 } }
    ]
  });
  window.chokepointGraph = cy;

  function layout() {
    const n = cy.nodes().length;
    cy.layout({
      name: 'cose', animate: false, randomize: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: n < 120,
      idealEdgeLength: function () { return n > 150 ? 60 : 95; }, nodeRepulsion: function () { return n > 150 ? 6000 : 9000; },
      numIter: n > 150 ? 600 : 1200, gravity: 0.6
    }).run();
  }

  async function expand(id) {
    if (pages[id] === null) { say('all neighbours of this node are shown'); return; }
    const offset = pages[id] || 0;
    say('loading…');
    const response = await fetch('/entities/' + encodeURIComponent(id) + '/expand?limit=100&offset=' + offset);
    if (!response.ok) { say('could not expand: HTTP ' + response.status); return; }
    const data = await response.json();
    const origin = cy.getElementById(id);
    const at = origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    data.nodes.forEach(function (node) {
      const existing = cy.getElementById(node.id);
      if (existing.nonempty()) { if (node.sanctioned) existing.data('sanctioned', true); return; }
      cy.add({ group: 'nodes', data: { id: node.id, label: node.caption, schema: node.schema, colour: colour(node.schema), sanctioned: node.sanctioned },
        position: { x: at.x + (Math.random() - 0.5) * 120, y: at.y + (Math.random() - 0.5) * 120 } });
    });
    data.edges.forEach(function (edge) {
      if (cy.getElementById(edge.id).empty() && cy.getElementById(edge.source).nonempty() && cy.getElementById(edge.target).nonempty())
        cy.add({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label } });
    });
    pages[id] = data.more ? offset + 100 : null;
    cy.getElementById(id).data('expanded', true);
    layout();
    render();
    say(cy.nodes().length + ' nodes, ' + cy.edges().length + ' edges' + (data.more ? ' · click again for more neighbours' : ''));
  }

  function say(text) { status.textContent = text; }

  function render() {
    const list = document.getElementById('nodes');
    list.replaceChildren();
    cy.nodes().sort(function (a, b) { return a.data('label').localeCompare(b.data('label')); }).forEach(function (node) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = '/app/entities/' + encodeURIComponent(node.id());
      link.textContent = node.data('label');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = pages[node.id()] === null ? 'Expanded' : 'Expand';
      button.disabled = pages[node.id()] === null;
      button.setAttribute('aria-label', 'Expand ' + node.data('label'));
      button.addEventListener('click', function () { expand(node.id()); });
      li.append(link, ' (' + node.data('schema') + (node.data('sanctioned') ? ', sanctioned' : '') + ') ', button);
      list.append(li);
    });
    const schemata = Array.from(new Set(cy.nodes().map(function (n) { return n.data('schema'); }))).sort();
    const legend = document.getElementById('legend');
    legend.innerHTML = '<h2>Legend</h2>';
    const ul = document.createElement('ul');
    schemata.forEach(function (s) {
      const li = document.createElement('li');
      li.innerHTML = '<span class="swatch"></span>';
      li.firstChild.style.background = colour(s);
      li.append(s);
      ul.append(li);
    });
    const sanctioned = document.createElement('li');
    sanctioned.innerHTML = '<span class="swatch" style="border:3px solid #b3261e"></span>sanctioned';
    ul.append(sanctioned);
    legend.append(ul);
  }

  cy.on('tap', 'node', function (event) { expand(event.target.id()); });
  cy.on('dbltap', 'node', function (event) { window.location.href = '/app/entities/' + encodeURIComponent(event.target.id()); });
  document.getElementById('fit').addEventListener('click', function () { cy.fit(undefined, 30); });
  document.getElementById('relayout').addEventListener('click', function () { cy.nodes().forEach(function (n) { n.position({ x: Math.random() * 800, y: Math.random() * 600 }); }); layout(); });
  document.getElementById('export').addEventListener('click', function () {
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'network-' + container.dataset.start + '.png';
    document.body.append(a);
    a.click();
    a.remove();
  });
  expand(container.dataset.start);
})();

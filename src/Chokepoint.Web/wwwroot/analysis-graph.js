// Graph of a network analysis page (paths, chokepoints): draws the page's #graph-data with the nodes and edges of
// class "highlighted" marked; on the paths page the buttons [data-path] move the highlight to another path.
(function () {
  'use strict';
  const container = document.getElementById('graph');
  const source = document.getElementById('graph-data');
  if (!container || !source) return;
  const data = JSON.parse(source.textContent);
  const status = document.getElementById('status');
  const palette = {
    Company: '#1f6fb4', Organization: '#17a2b8', PublicBody: '#7b52ab', LegalEntity: '#3d7fc1', Person: '#e07b00',
    Product: '#2e9a3e', Address: '#8c564b', Vessel: '#006d77', Airplane: '#5c6bc0'
  };
  const elements = data.nodes.map(function (n) {
    return { group: 'nodes', data: { id: n.id, label: n.label, schema: n.schema, colour: palette[n.schema] || '#6b7b8c' }, classes: n.classes };
  }).concat(data.edges.map(function (e) {
    return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label }, classes: e.classes };
  }));
  const cy = cytoscape({
    container: container, elements: elements, wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 3,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 140,
        'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22, 'border-width': 1, 'border-color': '#ffffff', color: '#1b1f24',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1, opacity: 0.55 } },
      { selector: 'node.highlighted', style: { width: 34, height: 34, 'border-width': 4, 'border-color': '#b3261e', 'background-color': '#f0b400', opacity: 1, 'font-weight': 'bold' } },
      { selector: 'node.endpoint', style: { shape: 'round-rectangle', 'border-width': 4, 'border-color': '#15283d', opacity: 1 } },
      { selector: 'node.removed', style: { 'background-color': '#000000', opacity: 1 } },
      { selector: 'node.lost', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#b3261e', opacity: 1 } },
      { selector: 'edge', style: {
        width: 1.5, 'line-color': '#9aa7b5', 'target-arrow-color': '#9aa7b5', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
        label: 'data(label)', 'font-size': 8, 'text-rotation': 'autorotate', color: '#3a4450', opacity: 0.6,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'edge.highlighted, edge.from-chokepoint', style: { width: 4, 'line-color': '#d08c00', 'target-arrow-color': '#d08c00', opacity: 1 } }
    ],
    layout: { name: 'cose', animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: data.nodes.length < 120, numIter: 1000 }
  });
  window.chokepointGraph = cy;

  function say() {
    status.textContent = cy.nodes().length + ' nodes, ' + cy.edges().length + ' edges, ' + cy.nodes('.highlighted').length + ' highlighted';
  }

  function highlight(index) {
    const route = data.paths[index];
    cy.elements().removeClass('highlighted');
    route.nodes.forEach(function (id) { cy.getElementById(id).addClass('highlighted'); });
    route.edges.forEach(function (id) { cy.getElementById(id).addClass('highlighted'); });
    document.querySelectorAll('button[data-path]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.path === String(index))); });
    say();
  }

  document.querySelectorAll('button[data-path]').forEach(function (button) {
    button.addEventListener('click', function () { highlight(Number(button.dataset.path)); });
  });
  cy.on('tap', 'node', function (event) { window.location.href = '/app/entities/' + encodeURIComponent(event.target.id()); });
  document.getElementById('fit').addEventListener('click', function () { cy.fit(undefined, 30); });
  say();
})();

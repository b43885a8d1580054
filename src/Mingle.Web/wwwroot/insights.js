// Renders the insights charts with Apache ECharts (wwwroot/lib/echarts, installed from npm by the build).
// Each chart is a <div data-chart="kind"> followed by its data in <script type="application/json">; the page is
// static server-rendered, so charts are drawn on load and again after Blazor's enhanced navigation.
(function () {
  function data(el) {
    var json = document.getElementById(el.dataset.source);
    return json ? JSON.parse(json.textContent) : null;
  }
  var renderers = {
    heatmap: function (chart, d) {
      var names = d.units.map(function (u) { return u.name; });
      var cells = [];
      var max = 0;
      d.density.forEach(function (row, i) {
        row.forEach(function (v, j) {
          if (v !== null) { cells.push([j, i, v]); if (i !== j && v > max) max = v; }
        });
      });
      chart.setOption({
        tooltip: { formatter: function (p) { return names[p.value[1]] + ' ↔ ' + names[p.value[0]] + ': ' + p.value[2].toFixed(4); } },
        grid: { left: 160, bottom: 140, top: 10, right: 20 },
        xAxis: { type: 'category', data: names, axisLabel: { rotate: 60, interval: 0 } },
        yAxis: { type: 'category', data: names, axisLabel: { interval: 0 } },
        visualMap: { min: 0, max: max || 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
        series: [{ type: 'heatmap', data: cells }]
      });
    },
    trend: function (chart, d) {
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: {},
        xAxis: { type: 'category', data: d.map(function (p) { return p.weekStart; }) },
        yAxis: { type: 'value' },
        series: [
          { name: 'cross-unit share', type: 'line', data: d.map(function (p) { return p.crossUnitShare; }) },
          { name: 'NMI org chart vs communities', type: 'line', data: d.map(function (p) { return p.nmi; }) },
          { name: 'density × 100', type: 'line', data: d.map(function (p) { return p.density === null ? null : p.density * 100; }) }
        ]
      });
    },
    unitTrend: function (chart, d) {
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: {},
        xAxis: { type: 'category', data: d.map(function (p) { return p.weekStart; }) },
        yAxis: [{ type: 'value', name: 'E-I, density' }, { type: 'value', name: 'breadth' }],
        series: [
          { name: 'E-I index', type: 'line', data: d.map(function (p) { return p.eiIndex; }) },
          { name: 'internal density', type: 'line', data: d.map(function (p) { return p.density; }) },
          { name: 'breadth', type: 'line', yAxisIndex: 1, data: d.map(function (p) { return p.breadth; }) }
        ]
      });
    },
    roles: function (chart, d) {
      chart.setOption({
        tooltip: {},
        xAxis: { type: 'category', data: Object.keys(d) },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', data: Object.values(d) }]
      });
    },
    ties: function (chart, d) {
      chart.setOption({
        tooltip: {},
        grid: { left: 180 },
        xAxis: { type: 'value', name: 'tie density' },
        yAxis: { type: 'category', data: d.map(function (t) { return t.name; }), inverse: true },
        series: [{ type: 'bar', data: d.map(function (t) { return t.density; }) }]
      });
    },
    map: function (chart, d) {
      var maxSize = Math.max.apply(null, d.units.map(function (u) { return u.size; }).concat([1]));
      var links = [];
      var max = 0;
      d.density.forEach(function (row, i) { row.forEach(function (v, j) { if (j > i && v > 0) { links.push({ source: i, target: j, value: v }); if (v > max) max = v; } }); });
      chart.setOption({
        tooltip: { formatter: function (p) { return p.dataType === 'edge' ? 'tie density ' + p.data.value.toFixed(4) : p.data.name + ' (' + p.data.size + ' people)'; } },
        series: [{
          type: 'graph', layout: 'force', roam: true, draggable: true,
          force: { repulsion: 220, edgeLength: [40, 160], gravity: 0.1 },
          label: { show: true, position: 'right' },
          data: d.units.map(function (u) { return { name: u.name, size: u.size, symbolSize: 10 + 40 * Math.sqrt(u.size / maxSize) }; }),
          links: links.map(function (l) { return { source: l.source, target: l.target, value: l.value, lineStyle: { width: 0.5 + 6 * l.value / (max || 1), opacity: 0.6 } }; })
        }]
      });
    },
    did: function (chart, d) {
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: {},
        xAxis: { type: 'category', data: ['before the first round', 'after'] },
        yAxis: { type: 'value', name: 'per person' },
        series: [
          { name: 'participants', type: 'line', data: [d.participantsPre, d.participantsPost] },
          { name: 'comparable non-participants', type: 'line', data: [d.comparisonPre, d.comparisonPost] }
        ]
      });
    },
    communities: function (chart, d) {
      var depts = [];
      d.forEach(function (c) { c.shares.forEach(function (s) { if (depts.indexOf(s.name) < 0) depts.push(s.name); }); });
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { type: 'scroll' },
        xAxis: { type: 'category', data: d.map(function (c, i) { return 'community ' + (i + 1) + ' (' + c.size + ')'; }) },
        yAxis: { type: 'value', max: 1, name: 'share' },
        series: depts.map(function (name) {
          return { name: name, type: 'bar', stack: 'all', data: d.map(function (c) { var s = c.shares.find(function (x) { return x.name === name; }); return s ? s.share : 0; }) };
        })
      });
    }
  };
  function render() {
    if (!window.echarts) return;
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var d = data(el);
      var draw = renderers[el.dataset.chart];
      if (!d || !draw) return;
      var chart = echarts.getInstanceByDom(el) || echarts.init(el);
      draw(chart, d);
      el.dataset.rendered = 'true';
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render); else render();
  if (window.Blazor && Blazor.addEventListener) Blazor.addEventListener('enhancedload', render);
  else document.addEventListener('DOMContentLoaded', function () { if (window.Blazor) Blazor.addEventListener('enhancedload', render); });
  window.addEventListener('resize', function () { document.querySelectorAll('[data-chart]').forEach(function (el) { var c = echarts.getInstanceByDom(el); if (c) c.resize(); }); });
})();

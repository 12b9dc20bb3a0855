// The overview's charts, drawn with ECharts from the same data the API's /portfolio/overview returns.
(function () {
  const host = document.getElementById('charts');
  if (!host || !window.echarts) return;
  const o = JSON.parse(host.dataset.overview);
  const { approved, review, rejected, mob } = host.dataset;
  const draw = (id, option) => {
    const chart = echarts.init(document.getElementById(id));
    chart.setOption(Object.assign({ animation: false, tooltip: {} }, option));
    document.getElementById(id).dataset.rendered = 'true';
    window.addEventListener('resize', () => chart.resize());
  };
  draw('chart-buckets', {
    series: [{ type: 'pie', radius: ['40%', '70%'], data: o.buckets.map(b => ({ name: b.bucket, value: b.loans })) }]
  });
  draw('chart-decisions', {
    legend: { data: [approved, review, rejected] },
    xAxis: { type: 'category', data: o.decisions.map(d => d.day.substring(5)) },
    yAxis: { type: 'value' },
    series: [
      { name: approved, type: 'bar', stack: 'd', data: o.decisions.map(d => d.approved) },
      { name: review, type: 'bar', stack: 'd', data: o.decisions.map(d => d.review) },
      { name: rejected, type: 'bar', stack: 'd', data: o.decisions.map(d => d.rejected) }]
  });
  draw('chart-reasons', {
    grid: { left: 180 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: o.topReasons.map(r => r.rule).reverse() },
    series: [{ type: 'bar', data: o.topReasons.map(r => r.count).reverse() }]
  });
  draw('chart-vintage', {
    legend: { data: o.vintages.map(v => v.month) },
    xAxis: { type: 'category', name: mob, data: [1, 2, 3, 4, 5, 6] },
    yAxis: { type: 'value', axisLabel: { formatter: v => (v * 100).toFixed(1) + '%' } },
    series: o.vintages.map(v => ({ name: v.month, type: 'line', data: v.badShareByMonthOnBook }))
  });
})();

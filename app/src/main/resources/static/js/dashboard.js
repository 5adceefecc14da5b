/*
 * The dashboard's charts and tables, drawn from one object (DashboardView): the figures the server rendered into
 * the page, then each new version of them from /dashboard/data. Tables and charts are redrawn together, so that the
 * chart never shows what its table does not. Loaded as a file (no inline script, no inline handler) so that the
 * page's Content-Security-Policy can forbid both.
 */
(() => {
  'use strict';
  const root = document.getElementById('dashboard');
  if (!root || typeof Chart === 'undefined') {
    return;
  }
  const STATUS_COLOURS = ['#2e7d32', '#c62828', '#9e9e9e'];
  const STEP_COLOURS = ['#90caf9', '#64b5f6', '#42a5f5', '#1e88e5', '#0d47a1'];
  const wholeUnits = {beginAtZero: true, ticks: {precision: 0}};
  const BAR_HEIGHT = 24;

  const groupsData = d => ({
    labels: d.groups.map(g => g.name),
    datasets: [
      {label: '達成', data: d.groups.map(g => g.achieved), backgroundColor: STATUS_COLOURS[0]},
      {label: '未達成', data: d.groups.map(g => g.notYet), backgroundColor: STATUS_COLOURS[1]},
      {label: '数値目標なし', data: d.groups.map(g => g.noNumericTarget), backgroundColor: STATUS_COLOURS[2]}]
  });

  const achievementData = d => {
    const rows = d.targets.filter(r => r.percent !== null);
    return {labels: rows.map(r => r.chartLabel),
            datasets: [{label: '達成率（%）', data: rows.map(r => Number(r.percent)), backgroundColor: '#1e88e5'}]};
  };

  const stepsData = d => ({
    labels: d.fiscalYears.map(y => y.label),
    datasets: d.steps.map((step, i) => ({label: step, data: d.fiscalYears.map(y => y.reached[i]),
                                         backgroundColor: STEP_COLOURS[i % STEP_COLOURS.length]}))
  });

  function barChart(id, data, valueAxis, stacked) {
    const canvas = document.getElementById(id);
    if (!canvas) {
      return null;
    }
    return new Chart(canvas, {type: 'bar', data: data, options: {
      animation: false, indexAxis: 'y', maintainAspectRatio: false,
      scales: {x: Object.assign({stacked: stacked}, valueAxis), y: {stacked: stacked}}}});
  }

  /** A horizontal bar chart as tall as its bars need: 47 prefectures are as readable as 3 targets. */
  function fitHeight(chart) {
    if (chart) {
      chart.canvas.parentElement.style.height = Math.max(160, chart.data.labels.length * BAR_HEIGHT + 80) + 'px';
      chart.resize();
    }
  }

  const initial = JSON.parse(root.dataset.initial);
  const charts = {
    groups: barChart('groups', groupsData(initial), Object.assign({title: {display: true, text: '目標（件）'}}, wholeUnits), true),
    achievement: barChart('achievement', achievementData(initial), {beginAtZero: true,
      ticks: {callback: value => value + '%'}, title: {display: true, text: '達成率（%）'}}, false),
    steps: new Chart(document.getElementById('steps'), {type: 'bar', data: stepsData(initial), options: {
      animation: false, maintainAspectRatio: false,
      scales: {y: Object.assign({title: {display: true, text: 'シート（件）'}}, wholeUnits)}}})
  };
  fitHeight(charts.groups);
  fitHeight(charts.achievement);

  function cell(tag, text, scope) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (scope) {
      element.scope = scope;
    }
    return element;
  }

  function link(href, text) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function fill(tableId, rows, rowOf) {
    const body = document.querySelector('#' + tableId + ' tbody');
    if (body) {
      body.replaceChildren(...rows.map(row => {
        const tr = document.createElement('tr');
        tr.append(...rowOf(row));
        return tr;
      }));
    }
  }

  function headerWith(content) {
    const th = cell('th', '', 'row');
    th.append(content);
    return th;
  }

  function redraw(d) {
    document.getElementById('sheets').textContent = d.sheets;
    document.getElementById('total').textContent = d.totalTargets;
    document.getElementById('achieved').textContent = d.statuses.ACHIEVED;
    document.getElementById('not-yet').textContent = d.statuses.NOT_YET;
    document.getElementById('no-numeric').textContent = d.statuses.NO_NUMERIC_TARGET;
    document.getElementById('in-progress').textContent = d.statuses.IN_PROGRESS;
    document.getElementById('not-started').textContent = d.statuses.NOT_STARTED;
    document.getElementById('open-opinions').textContent = d.openOpinions;
    fill('group-table', d.groups, g => [
      headerWith(g.href ? link(g.href, g.name) : g.name),
      cell('td', g.sheets), cell('td', g.targets), cell('td', g.achieved), cell('td', g.notYet),
      cell('td', g.noNumericTarget), cell('td', g.openOpinions)]);
    fill('targets', d.targets, r => {
      const outcome = cell('td', '');
      outcome.append(link(r.sheet, r.outcomeTarget));
      return [cell('td', r.municipality), outcome, cell('th', r.target, 'row'), cell('td', r.targetValue),
              cell('td', r.latest), cell('td', r.achievement), cell('td', r.status)];
    });
    fill('step-table', d.fiscalYears, y => [cell('th', y.label, 'row'), cell('td', y.sheets),
                                             ...y.reached.map(n => cell('td', n))]);
    if (document.getElementById('grade-table')) {
      fill('grade-table', d.fiscalYears, y => [cell('th', y.label, 'row'), ...y.graded.map(n => cell('td', n))]);
    }
    const more = document.getElementById('more-targets');
    if (more) {
      more.hidden = d.moreTargets === 0;
      more.querySelector('span').textContent = d.moreTargets;
    }
    const redrawn = {groups: groupsData, achievement: achievementData, steps: stepsData};
    Object.keys(redrawn).forEach(name => {
      if (charts[name]) {
        charts[name].data = redrawn[name](d);
        charts[name].update();
      }
    });
    fitHeight(charts.groups);
    fitHeight(charts.achievement);
  }

  // One small number is polled; the figures are fetched only when it moved.
  const query = window.location.search;
  let version = Number(root.dataset.version);
  let polling = false;
  setInterval(async () => {
    if (polling) {
      return;
    }
    polling = true;
    try {
      const polled = await fetch(root.dataset.poll + query, {credentials: 'same-origin'});
      if (!polled.ok) {
        return;
      }
      const now = (await polled.json()).version;
      if (now === version) {
        return;
      }
      const response = await fetch(root.dataset.fetch + query, {credentials: 'same-origin'});
      if (!response.ok) {
        return;
      }
      redraw(await response.json());
      version = now;
    } catch (offline) {
      // the next poll tries again
    } finally {
      polling = false;
    }
  }, 2000);
})();

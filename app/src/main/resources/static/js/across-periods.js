/*
 * The sheet page's chart of a target across plan periods, drawn from the table beneath it (the same figures), so
 * that the chart never shows what its table does not. Loaded as a file: no inline script.
 */
(() => {
  'use strict';
  document.addEventListener('DOMContentLoaded', () => {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('table.across-periods-table').forEach(table => {
      const canvas = document.getElementById(table.dataset.chart);
      if (!canvas) {
        return;
      }
      const rows = Array.from(table.querySelectorAll('tbody tr'));
      const values = rows.map(row => {
        const cell = row.querySelector('td[data-value]');
        return cell ? Number(cell.dataset.value) : null;
      });
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: rows.map(row => row.querySelector('th').textContent),
          datasets: [{label: table.querySelector('caption').textContent, data: values, borderColor: '#1e88e5',
                       backgroundColor: '#1e88e5', spanGaps: false}]
        },
        options: {animation: false, maintainAspectRatio: false, scales: {y: {beginAtZero: true}}}
      });
    });
  });
})();

// What a host does: set the JSON, listen to the events. Plain script: works as a module too.
(function () {
  var pie = document.getElementById('pie');
  window.__events = [];
  pie.addEventListener('pulse-slice-select', function (e) {
    window.__events.push(e.detail);
  });
  pie.data = {
    unit: 'percent',
    gains: [
      { key: 'upsell', label: 'Допродажи ОС', value: 5 },
      { key: 'premium', label: 'Допродажи Премиум', value: 1.7 },
      { key: 'restoration', label: 'Восстановление', value: 1 },
      { key: 'referral', label: 'Рекомендации', value: 2.3 },
    ],
    losses: [
      { key: 'competitors', label: 'Потери — конкуренты', value: 2.3 },
      { key: 'other', label: 'Другие потери', value: 6.27 },
    ],
  };
})();

// Fills the district and commune pickers from the public units API (province → districts → communes).
(function () {
  function fill(select, units) {
    var selected = select.getAttribute('data-selected') || '';
    while (select.options.length > 1) { select.remove(1); }
    units.forEach(function (unit) {
      var option = new Option(unit.name, unit.code, false, unit.code === selected);
      select.add(option);
    });
  }
  function load(code, select) {
    if (!code) { fill(select, []); return Promise.resolve(); }
    return fetch('/api/v1/units/' + encodeURIComponent(code) + '/children', {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (units) { fill(select, Array.isArray(units) ? units : (units.content || [])); });
  }
  document.querySelectorAll('.op-address').forEach(function (box) {
    var district = box.querySelector('[data-units=district]');
    var commune = box.querySelector('[data-units=commune]');
    load(box.getAttribute('data-province'), district).then(function () { return load(district.value, commune); });
    district.addEventListener('change', function () { commune.setAttribute('data-selected', ''); load(district.value, commune); });
  });
})();

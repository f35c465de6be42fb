// The demo portal's own script: service-line rows and the "example claim" button. Rows are added the way
// real portals do it (client-side, no reload), so the extension has to notice them.
(function () {
  var tbody = document.querySelector('#lines tbody');
  var cols = [
    ['fromDate', 'w-date', 'MM/DD/YYYY'],
    ['toDate', 'w-date', 'MM/DD/YYYY'],
    ['placeOfService', 'w-pos', ''],
    ['procedureCode', 'w-cpt', ''],
    ['modifier1', 'w-mod', ''],
    ['diagnosisPointer', 'w-ptr', ''],
    ['charge', 'w-chg', ''],
    ['units', 'w-units', ''],
    ['renderingNpi', 'w-npi', ''],
  ];
  function addLine() {
    var i = tbody.rows.length;
    var tr = document.createElement('tr');
    cols.forEach(function (c) {
      var td = document.createElement('td');
      var input = document.createElement('input');
      input.name = 'serviceLines[' + i + '].' + c[0];
      input.className = c[1];
      if (c[2]) input.placeholder = c[2];
      td.appendChild(input);
      tr.appendChild(td);
    });
    tbody.appendChild(tr);
  }
  for (var n = 0; n < 4; n++) addLine();
  document.getElementById('addLine').addEventListener('click', addLine);

  function set(name, value) {
    var el = document.querySelector('[name="' + name + '"]');
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  document.getElementById('example').addEventListener('click', function () {
    var d = new Date();
    d.setDate(d.getDate() - 3);
    var dos =
      String(d.getMonth() + 1).padStart(2, '0') +
      '/' +
      String(d.getDate()).padStart(2, '0') +
      '/' +
      d.getFullYear();
    set('subscriber.memberId', 'XJH449120331');
    set('patient.lastName', 'Rivera');
    set('patient.firstName', 'Dana');
    set('patient.birthDate', '04/12/1986');
    set('referringProvider.lastName', 'Okafor');
    set('referringProvider.firstName', 'Grace');
    set('referringProvider.npi', '1234567890');
    set('diagnosis.A', 'M54.5');
    set('diagnosis.B', 'M62830');
    var lines = [
      ['97124', '', 'A', '80.00', '2'],
      ['97140', '', 'B', '90.00', '2'],
      ['97010', '', 'A', '15.00', '1'],
    ];
    lines.forEach(function (l, i) {
      set('serviceLines[' + i + '].fromDate', dos);
      set('serviceLines[' + i + '].placeOfService', '11');
      set('serviceLines[' + i + '].procedureCode', l[0]);
      set('serviceLines[' + i + '].diagnosisPointer', l[2]);
      set('serviceLines[' + i + '].charge', l[3]);
      set('serviceLines[' + i + '].units', l[4]);
    });
    set('billingProvider.taxId', '84-1234567');
    set('billingProvider.npi', '1558598797');
  });
})();

// Tilbudsguide: the offers ticked with "Vælg til borgeren", kept in localStorage and gathered on
// /udvalg, the citizen sheet. Every page works without this file (the form then sends the ticked
// boxes of one page). app.js announces redrawn results with the event "tilbudsguide:tegnet".
'use strict';

(function () {
  var STORE = 'tilbudsguide.valgt';

  function chosen() {
    try {
      var list = JSON.parse(localStorage.getItem(STORE) || '[]');
      return Array.isArray(list) ? list.filter(function (x) { return x && typeof x.id === 'string'; }) : [];
    } catch (e) { return []; }
  }

  function saveChosen(list) {
    try { localStorage.setItem(STORE, JSON.stringify(list)); } catch (e) { /* private mode: selection lives in the page only */ }
    showChosen();
  }

  function sheetURL(list) {
    return '/udvalg?ids=' + list.map(function (x) { return encodeURIComponent(x.id); }).join(',');
  }

  function showChosen() {
    var list = chosen();
    var ids = list.map(function (x) { return x.id; });
    document.querySelectorAll('input[name="ids"], input.vaelg-enkelt').forEach(function (box) {
      box.checked = ids.indexOf(box.value) >= 0;
    });
    var nav = document.getElementById('nav-udvalg');
    if (nav) {
      nav.textContent = list.length ? 'Borgerark (' + list.length + ')' : 'Borgerark';
      nav.setAttribute('href', list.length ? sheetURL(list) : '/udvalg');
    }
    var status = document.getElementById('valgt-status');
    if (status) {
      status.textContent = list.length === 0
        ? 'Sæt kryds ved \u201EVælg til borgeren\u201C for at samle et borgerark.'
        : (list.length === 1 ? '1 tilbud valgt: ' : list.length + ' tilbud valgt: ') +
          list.map(function (x) { return x.navn || x.id; }).join(', ');
    }
    var clear = document.getElementById('ryd-valg');
    if (clear) clear.hidden = list.length === 0;
  }

  document.addEventListener('change', function (event) {
    var box = event.target;
    if (!(box instanceof HTMLInputElement) || !(box.name === 'ids' || box.classList.contains('vaelg-enkelt'))) return;
    var list = chosen().filter(function (x) { return x.id !== box.value; });
    if (box.checked) list.push({ id: box.value, navn: box.getAttribute('data-navn') || box.value });
    saveChosen(list);
  });
  // Results that app.js drew show their boxes ticked as chosen.
  document.addEventListener('tilbudsguide:tegnet', showChosen);

  var selectionForm = document.getElementById('udvalg');
  if (selectionForm) {
    selectionForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var list = chosen();
      if (list.length) window.location.href = sheetURL(list);
      else document.getElementById('valgt-status').textContent = 'Vælg mindst ét tilbud først.';
    });
  }
  var clearButton = document.getElementById('ryd-valg');
  if (clearButton) clearButton.addEventListener('click', function () { saveChosen([]); });

  // The citizen sheet: printing, and reopening what was chosen when the address has no ids.
  if (window.location.pathname === '/udvalg') {
    var list = chosen();
    if (!new URLSearchParams(window.location.search).has('ids') && list.length) {
      window.location.replace(sheetURL(list));
      return;
    }
    var print = document.getElementById('udskriv');
    if (print) print.addEventListener('click', function () { window.print(); });
  }
  showChosen();

})();

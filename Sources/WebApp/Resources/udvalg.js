// Tilbudsguide: the offers ticked with "Vælg til borgeren", kept in localStorage and gathered on
// /udvalg, the citizen sheet. Every page works without this file (the form then sends the ticked
// boxes of one page). app.js announces redrawn results with the event "tilbudsguide:tegnet".
'use strict';

(function () {
  var STORE = 'tilbudsguide.valgt';
  var STAMP = 'tilbudsguide.valgt.tid';
  // A selection unused for a day belongs to an earlier citizen: it is cleared.
  var FORGET_AFTER_MS = 24 * 60 * 60 * 1000;
  var SEARCH_NAMES = ['q', 'alder', 'behov', 'center', 'adgang'];

  function chosen() {
    try {
      var stamp = Number(localStorage.getItem(STAMP) || 0);
      if (stamp && Date.now() - stamp > FORGET_AFTER_MS) {
        localStorage.removeItem(STORE);
        localStorage.removeItem(STAMP);
        return [];
      }
      var list = JSON.parse(localStorage.getItem(STORE) || '[]');
      return Array.isArray(list) ? list.filter(function (x) { return x && typeof x.id === 'string'; }) : [];
    } catch (e) { return []; }
  }

  function saveChosen(list) {
    try {
      localStorage.setItem(STORE, JSON.stringify(list));
      if (list.length) localStorage.setItem(STAMP, String(Date.now())); else localStorage.removeItem(STAMP);
    } catch (e) { /* private mode: selection lives in the page only */ }
    showChosen();
  }

  // The search this page was reached from (the search page's own, kept current by app.js), so
  // the sheet's "Tilbage til søgningen" returns to it.
  var currentSearch = (function () {
    var here = new URLSearchParams(window.location.search), kept = new URLSearchParams();
    SEARCH_NAMES.forEach(function (name) { here.getAll(name).forEach(function (value) { kept.append(name, value); }); });
    return kept.toString();
  })();

  function sheetURL(list) {
    return '/udvalg?ids=' + list.map(function (x) { return encodeURIComponent(x.id); }).join(',') +
      (currentSearch ? '&' + currentSearch : '');
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
  }

  document.addEventListener('change', function (event) {
    var box = event.target;
    if (!(box instanceof HTMLInputElement) || !(box.name === 'ids' || box.classList.contains('vaelg-enkelt'))) return;
    var list = chosen().filter(function (x) { return x.id !== box.value; });
    if (box.checked) list.push({ id: box.value, navn: box.getAttribute('data-navn') || box.value });
    saveChosen(list);
  });
  // Results that app.js drew show their boxes ticked as chosen, and the search they answer is kept.
  document.addEventListener('tilbudsguide:tegnet', function (event) {
    if (event.detail && typeof event.detail.search === 'string') currentSearch = event.detail.search;
    showChosen();
  });

  var selectionForm = document.getElementById('udvalg');
  if (selectionForm) {
    selectionForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var list = chosen();
      if (list.length) window.location.href = sheetURL(list);
      else document.getElementById('valgt-status').textContent = 'Vælg mindst ét tilbud først.';
    });
  }
  // "Ny borger": the selection is cleared and the search starts empty (the link goes to /).
  var newCitizen = document.getElementById('ny-borger');
  if (newCitizen) newCitizen.addEventListener('click', function () { saveChosen([]); });

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

// Tilbudsguide: Redaktionen's offer form shows the LIX of `kort` and `beskrivelse` as the editor
// types, counted exactly as Readability.lix (OfferModel) counts; the server writes the first value.
'use strict';

(function () {
  // A word: a run of non-space characters with a letter or digit; long: more than six letters.
  // A sentence ends at . ! ? before a space or the end; text after the last mark is one more.
  function lix(text) {
    var words = text.split(/\s+/).filter(function (w) { return /[\p{L}\p{N}]/u.test(w); });
    if (!words.length) return null;
    var long = words.filter(function (w) { return (w.match(/\p{L}/gu) || []).length > 6; }).length;
    var sentences = 0, open = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (/[\p{L}\p{N}]/u.test(c)) open = true;
      var ends = i + 1 === text.length || /\s/.test(text[i + 1]);
      if ('.!?'.indexOf(c) >= 0 && ends && open) { sentences++; open = false; }
    }
    sentences = Math.max(sentences + (open ? 1 : 0), 1);
    return words.length / sentences + 100 * long / words.length;
  }

  function band(value) { return value < 35 ? 'let' : value < 45 ? 'middel' : 'svær'; }

  document.querySelectorAll('[data-lix-for]').forEach(function (output) {
    var field = document.getElementById(output.getAttribute('data-lix-for'));
    var hintAbove = Number(output.getAttribute('data-lix-hint')) || 40;
    if (!field) return;
    var number = output.querySelector('.lix-tal'), advice = output.querySelector('.lix-raad');
    field.addEventListener('input', function () {
      var value = lix(field.value);
      number.textContent = value === null ? '' : 'LIX ' + Math.round(value) + ' (' + band(value) + ')';
      advice.hidden = !(value !== null && value > hintAbove);
    });
  });
})();

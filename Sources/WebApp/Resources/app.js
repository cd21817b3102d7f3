// Tilbudsguide: the search page searches as you type (/api/search) and redraws the results like
// the server does. Every page works without this file; udvalg.js keeps the offers chosen for a
// citizen, and hears from here (the event "tilbudsguide:tegnet") when results were redrawn.
// Text from the server is only ever put into the page with textContent, never as markup.
'use strict';

(function () {
  var DEBOUNCE_MS = 250;
  var PAGE_LIMIT = 20;
  var MAX_AGE = 130;

  // ---- small helpers --------------------------------------------------------------------------

  function el(tag, attributes) {
    var element = document.createElement(tag);
    var names = Object.keys(attributes || {});
    for (var i = 0; i < names.length; i++) {
      var name = names[i], value = attributes[name];
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') element.className = value;
      else if (name === 'text') element.textContent = value;
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (var j = 2; j < arguments.length; j++) {
      var child = arguments[j];
      if (child === null || child === undefined || child === '') continue;
      element.append(child instanceof Node ? child : String(child));
    }
    return element;
  }

  function capitalized(text) { return text ? text.charAt(0).toUpperCase() + text.slice(1) : text; }

  function replaceChildren(parent, children) {
    parent.textContent = '';
    children.forEach(function (child) { if (child) parent.append(child); });
  }

  // ---- search as you type ---------------------------------------------------------------------

  var form = document.getElementById('soeg');
  var page = document.getElementById('soegeside');
  if (!form || !page) return;
  // On a phone the filters start folded behind their button (they are open without JavaScript).
  var fold = document.getElementById('filtre-fold');
  if (fold && window.matchMedia && window.matchMedia('(max-width: 47.5rem)').matches) fold.open = false;
  var municipalityWeb = page.getAttribute('data-kommune-web') || '';
  var municipalityName = page.getAttribute('data-kommune') || 'kommunen';
  var names = {};  // need and centre ids -> names, from every chip seen
  document.querySelectorAll('.chip input').forEach(function (box) {
    names[box.name + ':' + box.value] = box.parentNode.firstChild.nextSibling.textContent.trim();
  });

  var timer = null, sequence = 0, controller = null;

  function parameters() {
    var params = new URLSearchParams(), problems = [];
    new FormData(form).forEach(function (value, name) {
      value = String(value).trim();
      if (!value) return;
      if (name === 'alder' && !(/^\d+$/.test(value) && Number(value) <= MAX_AGE)) {
        problems.push('Alderen \u201C' + value + '\u201D er ikke et helt tal mellem 0 og ' + MAX_AGE + ', så den er ikke brugt.');
        return;
      }
      params.append(name, value);
    });
    var age = document.getElementById('alder');
    if (age && age.validity && age.validity.badInput) problems.push('Alderen skal være et helt tal.');
    return { params: params, problems: problems };
  }

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(search, delay);
  }

  form.addEventListener('input', function (event) {
    if (event.target.type === 'checkbox') return;
    schedule(DEBOUNCE_MS);
  });
  form.addEventListener('change', function (event) { if (event.target.type === 'checkbox') schedule(0); });
  form.addEventListener('submit', function (event) { event.preventDefault(); schedule(0); });

  function search() {
    var asked = parameters();
    var query = asked.params.toString();
    history.replaceState(null, '', query ? '/?' + query : '/');
    var api = new URLSearchParams(asked.params);
    api.set('limit', query ? String(PAGE_LIMIT) : '0');
    var mine = ++sequence;
    if (controller) controller.abort();
    controller = new AbortController();
    var region = document.getElementById('resultater');
    region.setAttribute('aria-busy', 'true');
    fetch('/api/search?' + api.toString(), { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) throw new Error(body && body.fejl ? body.fejl : 'Søgningen mislykkedes.');
          return body;
        });
      })
      .then(function (data) { if (mine === sequence) render(data, asked, query === ''); })
      .catch(function (error) {
        if (error.name === 'AbortError' || mine !== sequence) return;
        document.getElementById('antal').textContent = error.message || 'Søgningen svarede ikke. Prøv igen.';
      })
      .then(function () { if (mine === sequence) region.removeAttribute('aria-busy'); });
  }

  // ---- drawing results (mirrors ResultList.swift) -------------------------------------------

  function render(data, asked, empty) {
    document.getElementById('antal').textContent = countText(data, empty);
    replaceChildren(document.getElementById('beskeder'), notices(data, asked, empty));
    var note = document.querySelector('.bekraeft-note');
    if (note) note.remove();
    var verifyNote = verificationNote(data.resultater || []);
    if (verifyNote) document.getElementById('beskeder').after(verifyNote);
    replaceChildren(document.getElementById('kortliste'), (data.resultater || []).map(function (offer) { return card(offer, asked, data); }));
    replaceChildren(document.getElementById('flere'), more(data, asked));
    renderChips(data, asked.params);
    renderAccess(data, asked.params);
    renderSearchFields(asked.params);
    document.dispatchEvent(new CustomEvent('tilbudsguide:tegnet', { detail: { search: searchOnly(asked.params).toString() } }));
  }

  function countText(data, empty) {
    if (empty) return 'Skriv, hvad borgeren har brug for, eller vælg et behov eller en alder.';
    if (data.kvalitet === 'ingen' || data.antal === 0) return 'Ingen tilbud passer til søgningen.';
    var one = data.antal === 1;
    if (data.kvalitet === 'svag') return (one ? '1 tilbud passer' : data.antal + ' tilbud passer') + ' kun delvist.';
    return one ? '1 tilbud passer.' : data.antal + ' tilbud passer.';
  }

  function pageURL(params, changes) {
    var copy = new URLSearchParams(params);
    Object.keys(changes).forEach(function (name) { copy.set(name, changes[name]); });
    return '/?' + copy.toString();
  }

  function notices(data, asked, empty) {
    var parts = asked.problems.map(function (text) { return el('p', { class: 'besked advarsel', text: text }); });
    if (data.sprog && data.sprog.kode !== 'da') parts.push(el('p', { class: 'besked sprog', text: 'Søgt på ' + data.sprog.navn + '.' }));
    if (data.forslag) {
      parts.push(el('p', { class: 'besked' }, 'Mente du ',
        el('a', { href: pageURL(asked.params, { q: data.forslag }), text: data.forslag }), '?'));
    }
    if (data.alder_fra_tekst && data.alder !== null && data.alder !== undefined) {
      var span = data.alder_til !== null && data.alder_til !== undefined ? data.alder + '-' + data.alder_til : data.alder;
      parts.push(el('p', { class: 'besked', text: 'Alder læst fra teksten: ' + span + ' år.' }));
    }
    if (data.ignorerede_ord && data.ignorerede_ord.length) {
      parts.push(el('p', { class: 'besked', text: 'Ord uden match i kataloget: ' + data.ignorerede_ord.join(', ') + '.' }));
    }
    if (data.forkortet) parts.push(el('p', { class: 'besked', text: 'Søgningen var lang og blev forkortet.' }));
    if (!asked.params.get('q')) {
      // Only filters (or nothing) asked: no "what you wrote"; the landkort's themes as a start.
      if (!empty && data.antal === 0) {
        parts.push(el('p', { class: 'besked', text: 'Ingen tilbud passer til de valgte filtre. Fjern et filter, eller vælg et tema herunder.' }));
      }
      if (!(data.resultater || []).length) parts.push(startThemes());
    } else if (data.kvalitet !== 'god' || data.antal === 0) {
      var first = (data.resultater || []).length === 0
        ? 'Intet i kataloget passer til det, du skrev. '
        : 'Tilbuddene herunder passer kun til en del af det, du skrev. ';
      parts.push(el('div', { class: 'ingen-gode' }, el('h3', { text: 'Ingen gode match' }),
        el('p', {}, first + 'Prøv med færre eller andre ord om det, borgeren har brug for (fx \u201Erygestop\u201C, ' +
          '\u201Eensom\u201C eller \u201Egenoptræning\u201C), fjern et filter, eller se alle tilbud på ',
          el('a', { href: '/landkort', text: 'landkortet' }), '.')));
    }
    return parts;
  }

  // ResultList.startThemes, which the page carries as a template (empty when something was typed).
  function startThemes() {
    var template = document.getElementById('start-temaer');
    var block = template && template.content.firstElementChild;
    return block ? block.cloneNode(true) : null;
  }

  // The search alone (no limit), as links that lead back to it carry it.
  function searchOnly(params) {
    var copy = new URLSearchParams();
    ['q', 'alder', 'behov', 'center', 'adgang'].forEach(function (name) {
      params.getAll(name).forEach(function (value) { copy.append(name, value); });
    });
    return copy;
  }

  function withSearch(path, params) {
    var query = searchOnly(params).toString();
    return query ? path + '?' + query : path;
  }

  function more(data, asked) {
    var shown = (data.resultater || []).length;
    if (!shown || data.kvalitet !== 'god') return [];
    var pdf = el('a', { href: '/udvalg.pdf' + pageURL(asked.params, {}).slice(1), text: 'PDF til lægen' });
    if (shown >= data.antal) return [pdf];
    return ['Viser ' + shown + ' af ' + data.antal + '. ',
      el('a', { href: pageURL(asked.params, { limit: '200' }), text: 'Vis alle ' + data.antal }), ' · ', pdf];
  }

  var ACCESS = { 'egen-henvendelse': 'egen henvendelse', 'henvisning-fra-laege': 'henvisning fra læge', visitation: 'visitation' };

  function ageLabel(ages) {
    var from = ages && ages.fra, to = ages && ages.til;
    var hasFrom = from !== undefined && from !== null, hasTo = to !== undefined && to !== null;
    if (!hasFrom && !hasTo) return '';
    if (hasFrom && !hasTo) return from + ' år og ældre';
    if (!hasFrom) return 'op til ' + to + ' år';
    return from === to ? from + ' år' : from + '-' + to + ' år';
  }

  function webURL(text) { return /^https?:\/\//i.test(text) ? text : 'https://' + text; }

  // The server's one contact line (ContactRoute), drawn as OfferFacts.contact draws it.
  function contact(offer) {
    var line = offer.kontaktlinje || { navn: municipalityName, web: municipalityWeb }, parts = [];
    if (line.telefon) parts.push(el('a', { href: 'tel:' + line.telefon.replace(/[^\d+]/g, ''), text: 'tlf. ' + line.telefon }));
    if (line.email) parts.push(el('a', { href: 'mailto:' + line.email, text: line.email }));
    if (line.web) parts.push(el('a', { href: webURL(line.web), text: line.web }));
    var out = [];
    if (line.navn) out.push(parts.length ? line.navn + ': ' : line.navn);
    parts.forEach(function (part, index) { if (index) out.push(' · '); out.push(part); });
    return out;
  }

  function sixMonthsAgo() {
    var date = new Date();
    var day = date.getDate();
    date.setDate(1);
    date.setMonth(date.getMonth() - 6);
    var last = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
    date.setDate(Math.min(day, last));
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  var MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

  // "Bekræftet 3. dec. 2026" (CalendarDate.danishShort), or null when the centre has not confirmed it.
  function verified(offer) {
    var date = offer.sidst_verificeret;
    if (!date) return null;
    var parts = date.split('-');
    var text = 'Bekræftet ' + Number(parts[2]) + '. ' + MONTHS[Number(parts[1]) - 1] + ' ' + parts[0];
    var p = el('p', { class: 'bekraeftet' }, text);
    if (date < sixMonthsAgo()) p.append(' ', el('span', { class: 'gammel', text: '(over 6 måneder siden)' }));
    return p;
  }

  // Mirrors OfferFacts.verificationNote: one line when most offers shown are unconfirmed.
  function verificationNote(offers) {
    var missing = offers.filter(function (o) { return !o.sidst_verificeret; }).length;
    if (!offers.length || 2 * missing <= offers.length) return null;
    var text = missing === offers.length
      ? 'Oplysningerne kommer fra kommunens egne dokumenter og er endnu ikke bekræftet af centrene.'
      : missing + ' af ' + offers.length + ' tilbud her er endnu ikke bekræftet af centrene.';
    return el('p', { class: 'bekraeft-note', text: text });
  }

  function fact(label, content) {
    var dd = el('dd');
    (Array.isArray(content) ? content : [content]).forEach(function (part) { dd.append(part); });
    return [el('dt', { text: label }), dd];
  }

  function card(offer, asked, data) {
    var audience = (offer.maalgruppe || '').trim().replace(/\.$/, '');
    var ages = ageLabel(offer.alder);
    var who = audience && ages ? audience + ' (' + ages + ')' : audience || capitalized(ages);
    var whoParts = who ? [who] : [];
    if (!ages && data.alder !== null && data.alder !== undefined) {
      if (whoParts.length) whoParts.push(' ');
      whoParts.push(el('span', { class: 'uden-alder', text: 'alder ikke angivet' }));
    }
    var access = capitalized((offer.adgang || []).map(function (a) { return ACCESS[a] || a; }).join(', '));
    if (offer.henvisning) access += access ? ' – ' + offer.henvisning : offer.henvisning;
    var facts = el('dl', { class: 'fakta' });
    var rows = whoParts.length ? [fact('For', whoParts)] : [];
    if (access) rows.push(fact('Sådan kommer man i gang', access));
    if (offer.center_navn) rows.push(fact('Center', offer.center_navn));
    rows.push(fact('Kontakt', contact(offer)));
    rows.forEach(function (pair) { facts.append(pair[0], pair[1]); });

    var heading = el('h3', { id: 'navn-' + offer.id }, el('a', { href: withSearch('/tilbud/' + encodeURIComponent(offer.id), asked.params), text: offer.navn }));
    if (offer.status === 'pause') heading.append(' ', el('span', { class: 'maerkat pause', text: 'på pause' }));
    var snippet = null;
    if (offer.uddrag && offer.uddrag.length) {
      snippet = el('p', { class: 'uddrag' });
      offer.uddrag.forEach(function (part) { snippet.append(part.markeret ? el('mark', { text: part.tekst }) : part.tekst); });
    }
    var box = el('input', { type: 'checkbox', name: 'ids', value: offer.id, form: 'udvalg', id: 'valg-' + offer.id, 'data-navn': offer.navn });
    var choose = el('p', { class: 'vaelg' }, box, ' ',
      el('label', { for: 'valg-' + offer.id }, 'Vælg til borgeren', el('span', { class: 'skjult', text: ': ' + offer.navn })));
    var report = el('p', { class: 'meld' }, el('a', { href: withSearch('/meld-fejl/' + encodeURIComponent(offer.id), asked.params) }, 'Meld fejl',
      el('span', { class: 'skjult', text: ' i ' + offer.navn })));
    return el('li', {}, el('article', { class: 'kort', id: 'tilbud-' + offer.id, 'data-id': offer.id, 'aria-labelledby': 'navn-' + offer.id },
      heading, el('p', { class: 'linje', text: offer.kort }), facts, verified(offer), snippet, choose, report));
  }

  // ---- access filter counts (mirrors SearchPage.accessFilter) -----------------------------------

  function renderAccess(data, params) {
    var facets = (data.facetter && data.facetter.adgang) || [];
    var counts = {};
    facets.forEach(function (f) { counts[f.id] = f; });
    document.querySelectorAll('#adgang-filter input[name="adgang"]').forEach(function (box) {
      var label = box.parentNode;
      var facet = counts[box.value];
      var old = label.querySelector('.tal');
      if (old && facet) old.firstChild.textContent = String(facet.antal);
      else if (facet) label.append(' ', el('span', { class: 'tal' }, String(facet.antal), el('span', { class: 'skjult', text: ' tilbud' })));
    });
    var fieldset = document.querySelector('#adgang-filter fieldset');
    if (!fieldset) return;
    var none = fieldset.querySelector('.uden-adgang');
    if (none) none.remove();
    if (counts.uden) {
      fieldset.append(el('p', { class: 'uden-adgang' }, capitalized(counts.uden.navn) + ' ',
        el('span', { class: 'tal' }, String(counts.uden.antal), el('span', { class: 'skjult', text: ' tilbud' }))));
    }
  }

  // The selection form carries the search, so the citizen sheet links back to it.
  function renderSearchFields(params) {
    var holder = document.getElementById('soegning-med');
    if (!holder) return;
    var inputs = [];
    searchOnly(params).forEach(function (value, name) { inputs.push(el('input', { type: 'hidden', name: name, value: value })); });
    replaceChildren(holder, inputs);
  }

  // ---- chips (mirrors SearchPage.chips) -------------------------------------------------------

  function renderChips(data, params) {
    var focused = document.activeElement;
    var focusKey = focused && focused.closest && focused.closest('.chip') ? focused.name + ':' + focused.value : null;
    var facets = data.facetter || { behov: [], center: [] };
    var groups = [group('behov', 'Behov', facets.behov || [], params.getAll('behov')),
      group('center', 'Center', facets.center || [], params.getAll('center'))];
    replaceChildren(document.getElementById('facetter'), groups);
    if (focusKey) {
      var again = document.querySelector('.chip input[name="' + focusKey.split(':')[0] + '"][value="' + CSS.escape(focusKey.split(':').slice(1).join(':')) + '"]');
      if (again) again.focus();
    }
  }

  function group(name, legend, facets, chosenIds) {
    var shown = facets.map(function (f) { names[name + ':' + f.id] = f.navn; return { id: f.id, navn: f.navn, antal: f.antal }; });
    chosenIds.forEach(function (id) {
      if (!shown.some(function (f) { return f.id === id; })) shown.push({ id: id, navn: names[name + ':' + id] || id, antal: 0 });
    });
    if (!shown.length) return null;
    var fieldset = el('fieldset', { class: 'chips', id: 'chips-' + name }, el('legend', { text: legend }));
    shown.forEach(function (facet) {
      var box = el('input', { type: 'checkbox', name: name, value: facet.id, form: 'soeg', checked: chosenIds.indexOf(facet.id) >= 0 });
      fieldset.append(el('label', { class: 'chip' }, box, ' ' + facet.navn + ' ',
        el('span', { class: 'tal' }, String(facet.antal), el('span', { class: 'skjult', text: ' tilbud' }))));
    });
    return fieldset;
  }
})();

// Tilbudsguide: an info screen (/skaerm/<id>) that runs for days without anyone touching it.
//
// The page arrives with one offer drawn. This script moves on to the next every `sekunder`
// seconds and asks /skaerm/<id>/data every `opdater` seconds (?opdater=N overrides) for the
// screen's offers as they are now: an edited offer is drawn anew, a paused or ended one is gone
// from the answer and so from the screen. Nothing grows: the same elements are filled in again,
// there is one rotation timer and one refresh timer at a time, and no listener is ever added.
// Without this script the page reloads itself (a refresh in <noscript>).
(function () {
  "use strict";
  // A screen that could not be shown (unknown id, no index yet) loads itself again in a while.
  var waiting = document.getElementById("skaerm-venter");
  if (waiting) {
    window.setTimeout(function () { window.location.replace(waiting.getAttribute("data-igen")); },
                      (Number(waiting.getAttribute("data-sekunder")) || 60) * 1000);
    return;
  }
  var root = document.getElementById("skaerm");
  if (!root || !window.fetch) return;
  var source = root.getAttribute("data-kilde");
  var given = Number(new URLSearchParams(window.location.search).get("opdater"));
  var refreshSeconds = Math.min(Math.max(given || Number(root.getAttribute("data-opdater")) || 30, 1), 600);
  var seconds = Number(root.getAttribute("data-sekunder")) || 20;
  var offers = null; // the last answer's offers; null until the first answer
  var position = 0;
  var shownID = (document.getElementById("s-indhold") || root).getAttribute("data-id") || "";
  var shownText = "";
  var rotation = 0;

  function part(id) { return document.getElementById(id); }
  var parts = {
    theme: part("s-tema"), name: part("s-navn"), summary: part("s-kort"), counter: part("s-nr"), content: part("s-indhold"),
    qr: part("s-qr"), qrPicture: part("s-qr-billede"), qrPath: part("s-qr-sti"), address: part("s-adresse")
  };

  function row(name, label, text) {
    var element = part(name);
    if (!element) return;
    if (label !== null) part(name + "-overskrift").textContent = label;
    part(name + "-tekst").textContent = text || "";
    element.hidden = !text;
  }

  function draw(offer, count) {
    shownID = offer ? offer.id : "";
    shownText = offer ? JSON.stringify(offer) : "";
    parts.content.setAttribute("data-id", shownID);
    parts.name.textContent = offer ? offer.navn : root.getAttribute("data-titel") || parts.name.textContent;
    parts.summary.textContent = offer ? offer.kort : "Der er ingen tilbud at vise på skærmen lige nu.";
    row("s-for", null, offer && offer.maalgruppe);
    row("s-adgang", null, offer && offer.adgang);
    row("s-tid", offer ? offer.tidOverskrift : null, offer && offer.tid);
    row("s-kontakt", null, offer && offer.kontakt);
    parts.counter.textContent = offer ? (position + 1) + " af " + count : "";
    var qr = offer && offer.qr;
    parts.qr.hidden = !qr;
    if (qr) {
      parts.qrPicture.setAttribute("viewBox", "0 0 " + qr.side + " " + qr.side);
      parts.qrPath.setAttribute("d", qr.sti);
      parts.address.textContent = offer.vistAdresse;
    }
  }

  function showCurrent() {
    if (!offers) return;
    if (offers.length === 0) { position = 0; draw(null, 0); return; }
    position = position % offers.length;
    draw(offers[position], offers.length);
  }

  function next() {
    if (offers && offers.length > 0) {
      position = (position + 1) % offers.length;
      showCurrent();
    }
    window.clearTimeout(rotation);
    rotation = window.setTimeout(next, seconds * 1000);
  }

  // A new answer: the offer on the screen stays (drawn anew if it changed); if it is gone, the
  // offer that took its place is shown at once.
  function use(answer) {
    seconds = Math.min(Math.max(Number(answer.sekunder) || seconds, 1), 600);
    root.setAttribute("data-titel", answer.titel || "");
    parts.theme.textContent = answer.tema || answer.titel || "";
    var list = Array.isArray(answer.tilbud) ? answer.tilbud : [];
    var found = -1;
    for (var i = 0; i < list.length; i++) { if (list[i].id === shownID) { found = i; break; } }
    offers = list;
    if (found >= 0) {
      position = found;
      if (JSON.stringify(list[found]) !== shownText || parts.counter.textContent !== (found + 1) + " af " + list.length) showCurrent();
    } else {
      showCurrent();
    }
  }

  function gone() {
    offers = [];
    position = 0;
    draw(null, 0);
    parts.summary.textContent = "Skærmen findes ikke længere i kataloget. Den prøver igen om lidt.";
  }

  // One request at a time, given up after 20 s, so a hung connection cannot stop the refreshes.
  function refresh() {
    var controller = window.AbortController ? new AbortController() : null;
    var timeout = controller ? window.setTimeout(function () { controller.abort(); }, 20000) : 0;
    window.fetch(source, { cache: "no-store", headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
      .then(function (response) {
        if (response.status === 404) return "gone";
        if (!response.ok) throw new Error("status " + response.status);
        return response.json();
      })
      .then(function (answer) { if (answer === "gone") gone(); else use(answer); })
      .catch(function () { /* keep showing what we have; the next refresh tries again */ })
      .then(function () {
        window.clearTimeout(timeout);
        window.setTimeout(refresh, refreshSeconds * 1000);
      });
  }

  position = Number(new URLSearchParams(window.location.search).get("nr")) || 0;
  rotation = window.setTimeout(next, seconds * 1000);
  refresh();
})();

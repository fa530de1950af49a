/* The home page's date slider and play button: recolour the server-drawn map from /api/statuses.
   Progressive enhancement: without JavaScript the date form reloads the page with ?on=DATE. */
(function () {
  "use strict";
  var map = document.getElementById("map");
  var slider = document.getElementById("slider");
  var dateInput = document.getElementById("on");
  var play = document.getElementById("play");
  var form = document.getElementById("date-form");
  if (!map || !slider || !dateInput || !window.fetch) { return; }
  var labels = JSON.parse(map.getAttribute("data-labels") || "{}");
  var first = new Date(slider.getAttribute("data-first") + "T00:00:00Z");
  var DAY = 86400000;
  var cache = {};
  var wanted = null;
  var timer = null;

  document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });

  function isoOf(index) { return new Date(first.getTime() + index * DAY).toISOString().slice(0, 10); }
  function indexOf(iso) { return Math.round((new Date(iso + "T00:00:00Z") - first) / DAY); }
  // the page's words in its language (the template puts them on the map), English if absent
  var words = JSON.parse((document.getElementById("map") || document.body).getAttribute("data-words") || "{}");
  function say(key, english, day) { return (words[key] || english).replace("%(day)s", day || ""); }
  function humanDate(iso) {
    var d = new Date(iso + "T00:00:00Z");
    return d.toLocaleDateString(document.documentElement.lang === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }
  function text(el, value) { if (el) { el.textContent = value; } }

  function paint(rec) {
    var pending = rec.withdrawal_pending || {};
    document.querySelectorAll("[data-state]").forEach(function (node) {
      var iso3 = node.getAttribute("data-state");
      var st = rec.statuses[iso3];
      if (!st) { return; }
      var cls = "st-" + st + (pending[iso3] ? " pending" : "");
      var name = node.getAttribute("data-name");
      var label = name + ": " + (labels[st] || st) + (pending[iso3] ? say("pending", ", withdrawal pending") : "");
      var shape = node.querySelector("path");
      if (shape) {
        shape.setAttribute("class", "c " + cls);
        node.setAttribute("aria-label", label);
        text(shape.querySelector("title"), label);
      } else {
        var sw = node.querySelector(".sw");
        if (sw) { sw.setAttribute("class", "sw " + cls); }
        text(node.querySelector(".st-text"), labels[st] || st);
      }
    });
    document.querySelectorAll("[data-status-of]").forEach(function (cell) {
      var iso3 = cell.getAttribute("data-status-of");
      var st = rec.statuses[iso3];
      cell.textContent = (labels[st] || st) + (pending[iso3] ? " (" + say("pending_effective", "withdrawal pending, effective %(day)s", pending[iso3]) + ")" : "");
    });
    Object.keys(rec.counts).forEach(function (st) { text(document.querySelector('[data-count="' + st + '"]'), rec.counts[st]); });
    text(document.querySelector('[data-count="pending"]'), Object.keys(pending).length);
    document.querySelectorAll(".cap-day").forEach(function (el) { el.textContent = rec.on; });
    document.querySelectorAll("a[data-api]").forEach(function (a) {
      a.href = a.getAttribute("data-api") + "?on=" + rec.on;
      a.textContent = a.getAttribute("data-api") + "?on=" + rec.on;
    });
    var day = document.getElementById("summary-day");
    day.setAttribute("datetime", rec.on);
    text(day, humanDate(rec.on));
    text(document.getElementById("summary-count"), rec.count);
    var list = document.getElementById("summary-pending");
    list.textContent = "";
    var keys = Object.keys(pending);
    if (keys.length) {
      list.appendChild(document.createTextNode(say("pending_list", "Withdrawal pending:") + " "));
      keys.forEach(function (iso3, i) {
        var a = document.createElement("a");
        var linkLang = document.body.getAttribute("data-link-lang");
        a.href = "/state/" + iso3 + (linkLang ? "?lang=" + linkLang : "");
        var node = document.querySelector('[data-state="' + iso3 + '"]');
        a.textContent = node ? node.getAttribute("data-name") : iso3;
        list.appendChild(a);
        list.appendChild(document.createTextNode(" (" + say("takes_effect", "takes effect %(day)s", pending[iso3]) + ")" + (i < keys.length - 1 ? ", " : ".")));
      });
    }
    map.setAttribute("data-on", rec.on);
    moveMarker(rec.on);
  }

  function moveMarker(iso) {
    var chart = document.getElementById("chart");
    var marker = document.getElementById("chart-marker");
    if (!chart || !marker) { return; }
    var start = new Date(chart.getAttribute("data-start") + "T00:00:00Z");
    var end = new Date(chart.getAttribute("data-end") + "T00:00:00Z");
    var left = parseFloat(chart.getAttribute("data-left"));
    var right = parseFloat(chart.getAttribute("data-right"));
    var t = (new Date(iso + "T00:00:00Z") - start) / ((end - start) || 1);
    var x = (left + t * (right - left)).toFixed(1);
    marker.setAttribute("x1", x);
    marker.setAttribute("x2", x);
  }

  function show(iso, push) {
    wanted = iso;
    slider.value = String(indexOf(iso));
    slider.setAttribute("aria-valuetext", iso);
    dateInput.value = iso;
    if (push !== false && window.history && history.replaceState) {
      var keep = document.body.getAttribute("data-link-lang");
      history.replaceState(null, "", "/?on=" + iso + (keep ? "&lang=" + keep : ""));
    }
    var done = function (rec) { if (wanted === rec.on) { paint(rec); } };
    if (cache[iso]) { done(cache[iso]); return Promise.resolve(); }
    return fetch("/api/statuses?on=" + encodeURIComponent(iso), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (rec) { cache[rec.on] = rec; done(rec); })
      .catch(function () { /* keep the last colours; the form still works */ });
  }

  var pendingInput = null;
  slider.addEventListener("input", function () {
    var iso = isoOf(parseInt(slider.value, 10));
    slider.setAttribute("aria-valuetext", iso);
    dateInput.value = iso;
    if (pendingInput) { clearTimeout(pendingInput); }
    pendingInput = setTimeout(function () { show(iso); }, 60);
  });
  form.addEventListener("submit", function (ev) {
    if (!dateInput.value) { return; }
    ev.preventDefault();
    show(dateInput.value);
  });
  dateInput.addEventListener("change", function () {
    if (/^\d{4}-\d{2}-\d{2}$/.test(dateInput.value)) { show(dateInput.value); }
  });

  function stop() {
    if (timer) { clearInterval(timer); timer = null; }
    play.textContent = say("play", "Play");
    play.setAttribute("aria-pressed", "false");
  }
  play.addEventListener("click", function () {
    if (timer) { stop(); return; }
    var max = parseInt(slider.max, 10);
    var i = parseInt(slider.value, 10);
    if (i >= max) { i = 0; }
    play.textContent = say("pause", "Pause");
    play.setAttribute("aria-pressed", "true");
    timer = setInterval(function () {
      i = Math.min(max, i + 30);
      show(isoOf(i));
      if (i >= max) { stop(); }
    }, 200);
  });
})();

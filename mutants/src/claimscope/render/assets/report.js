/* claimscope report: show a claim's card when a highlight is hovered or focused.
   Reads only the report's own DOM (cloneNode, never innerHTML). */
(function () {
  "use strict";
  function setup(root) {
    if (root.getAttribute("data-cs-ready")) { return; }
    root.setAttribute("data-cs-ready", "1");
    var uid = root.getAttribute("data-uid");
    var tip = root.querySelector(".cs-tip");
    var active = [];
    // the script shows the cards itself: drop the native tooltips the page has without it
    root.querySelectorAll(".cs-text [data-claim][title]").forEach(function (n) { n.removeAttribute("title"); });
    function cardOf(el) {
      var claim = el.closest("[data-claim]");
      var id = claim ? claim.getAttribute("data-claim") : null;
      if (!id) {
        var attr = el.closest("[data-first-claim]");
        id = attr ? attr.getAttribute("data-first-claim") : null;
      }
      return id ? document.getElementById(uid + "-info-" + id) : null;
    }
    function clear() {
      active.forEach(function (n) { n.classList.remove("cs-active"); });
      active = [];
    }
    function hide() { clear(); if (tip) { tip.hidden = true; } }
    function show(el) {
      var card = cardOf(el);
      if (!card || !tip) { hide(); return; }
      clear();
      var id = card.getAttribute("data-claim-id");
      var attr = card.getAttribute("data-attr-id");
      root.querySelectorAll(".cs-text [data-claim]").forEach(function (n) {
        if (n.getAttribute("data-claim") === id) { n.classList.add("cs-active"); active.push(n); }
      });
      if (attr) {
        root.querySelectorAll(".cs-text mark[data-attr]").forEach(function (n) {
          if (n.getAttribute("data-attr") === attr) { n.classList.add("cs-active"); active.push(n); }
        });
      }
      while (tip.firstChild) { tip.removeChild(tip.firstChild); }
      var body = card.querySelector(".cs-card-body");
      tip.appendChild((body || card).cloneNode(true));
      tip.hidden = false;
      var r = el.getBoundingClientRect(), base = root.getBoundingClientRect();
      var left = Math.max(0, Math.min(r.left - base.left, root.clientWidth - tip.offsetWidth - 4));
      tip.style.left = left + "px";
      tip.style.top = (r.bottom - base.top + 6) + "px";
    }
    function target(ev) {
      var t = ev.target;
      if (!t || !t.closest) { return null; }
      if (!t.closest(".cs-text")) { return null; }
      return t.closest("[data-claim],[data-first-claim]");
    }
    root.addEventListener("mouseover", function (ev) { var t = target(ev); if (t) { show(t); } });
    root.addEventListener("mouseout", function (ev) {
      var t = target(ev);
      if (t && !(ev.relatedTarget && t.contains(ev.relatedTarget))) { hide(); }
    });
    root.addEventListener("focusin", function (ev) { var t = target(ev); if (t) { show(t); } });
    root.addEventListener("focusout", hide);
    root.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { hide(); } });
  }
  document.querySelectorAll(".claimscope").forEach(setup);
})();

// Article page: a click on a marked quotation (or Enter/Space on a focused one) shows its
// attribution in the details pane. Everything else on the page works without this script.
(function () {
  "use strict";
  var pane = document.getElementById("details");
  if (!pane) return;
  var title = pane.querySelector("#details-title");
  var quoted = pane.querySelector("[data-details-text]");
  var body = pane.querySelector("[data-details-body]");
  var toList = pane.querySelector("[data-details-list]");
  var opener = null;

  function marks(id) {
    return document.querySelectorAll('mark.quote[data-quote="' + CSS.escape(id) + '"]');
  }

  function show(id, from) {
    var item = document.getElementById("quote-" + id);
    var attribution = document.getElementById("attr-" + id);
    if (!item || !attribution) return;
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    marks(id).forEach(function (m) { m.classList.add("active"); });
    item.classList.add("active");
    var copy = attribution.cloneNode(true);
    copy.removeAttribute("id");
    title.textContent = "Zitat " + item.dataset.number;
    quoted.textContent = item.dataset.text;
    body.replaceChildren(copy);
    toList.setAttribute("href", "#quote-" + id);
    pane.hidden = false;
    opener = from || null;
    pane.focus({ preventScroll: true });
    pane.scrollIntoView({ block: "nearest" });
  }

  function hide() {
    pane.hidden = true;
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    if (opener) opener.focus();
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.quote[data-quote]");
    if (mark && !event.target.closest("a")) show(mark.dataset.quote, mark);
  });
  document.addEventListener("keydown", function (event) {
    var mark = event.target.closest && event.target.closest("mark.quote[data-quote]");
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      show(mark.dataset.quote, mark);
    } else if (event.key === "Escape" && !pane.hidden) {
      hide();
    }
  });
  pane.querySelector("[data-close]").addEventListener("click", hide);
})();

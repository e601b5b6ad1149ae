// Progressive enhancement only: without this file every link and form still works.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Print buttons exist only where printing from a button works.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });

  // A form sent back with mistakes: its summary is read first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }

  // Main navigation: collapsed behind a button on small screens.
  var toggle = document.querySelector("[data-nav-toggle]");
  var list = document.getElementById("main-nav-list");
  if (!toggle || !list) {
    return;
  }
  var small = window.matchMedia("(max-width: 61.99em)");

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    list.setAttribute("data-collapsed", open ? "false" : "true");
  }

  setOpen(!small.matches);
  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  small.addEventListener("change", function (event) {
    setOpen(!event.matches);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && small.matches && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
})();

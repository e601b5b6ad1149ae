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

  // A listing's filters (details[data-filters]): open beside the results on a wide screen,
  // behind their summary on a phone so that the results come first.
  var wideListing = window.matchMedia("(min-width: 62em)");
  var filterPanels = document.querySelectorAll("details[data-filters]");
  function openFiltersOnWideScreens() {
    if (wideListing.matches) {
      filterPanels.forEach(function (panel) {
        panel.open = true;
      });
    }
  }
  openFiltersOnWideScreens();
  wideListing.addEventListener("change", openFiltersOnWideScreens);

  // A form sent back with mistakes: its summary is read first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }

  // The member menu (details[data-member-menu]): always open on a wide screen. CSS does it
  // where the browser knows ::details-content; elsewhere its summary stays and this opens it.
  var memberMenu = document.querySelector("[data-member-menu]");
  var knowsDetailsContent = window.CSS && CSS.supports && CSS.supports("selector(::details-content)");
  if (memberMenu && !knowsDetailsContent) {
    var wideMember = window.matchMedia("(min-width: 40em)");
    var openMemberMenu = function () {
      if (wideMember.matches) {
        memberMenu.open = true;
      }
    };
    openMemberMenu();
    wideMember.addEventListener("change", openMemberMenu);
  }

  // Main navigation, the account link and the search: behind one button on small screens.
  var toggle = document.querySelector("[data-nav-toggle]");
  var panels = document.querySelectorAll("[data-nav-panel]");
  if (!toggle || !panels.length) {
    return;
  }
  var small = window.matchMedia("(max-width: 61.99em)");

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    panels.forEach(function (panel) {
      panel.setAttribute("data-collapsed", open ? "false" : "true");
    });
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

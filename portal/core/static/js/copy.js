// Progressive enhancement only: a « Copier » button beside a read-only address
// ([data-copy] holding [data-copy-source]), added only where the browser can copy.
// Without this file the address can still be selected and copied by hand.
(function () {
  "use strict";
  var canCopy = !!(navigator.clipboard && navigator.clipboard.writeText);

  document.querySelectorAll("[data-copy]").forEach(function (box) {
    var source = box.querySelector("[data-copy-source]");
    var status = box.querySelector("[data-copy-status]");
    if (!source) {
      return;
    }
    // One tap selects the whole address (easier to copy by hand on a phone).
    source.addEventListener("focus", function () {
      source.select();
    });
    if (!canCopy) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--secondary copy__button";
    button.textContent = box.getAttribute("data-copy-label");
    if (source.id) {
      var label = box.querySelector("label[for='" + source.id + "']");
      if (label) {
        if (!label.id) {
          label.id = source.id + "-label";
        }
        button.setAttribute("aria-describedby", label.id);
      }
    }
    source.parentNode.appendChild(button);

    function say(text) {
      if (status) {
        // Emptied first so that a second copy is announced again.
        status.textContent = "";
        window.setTimeout(function () {
          status.textContent = text;
        }, 50);
      }
    }

    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value).then(
        function () {
          button.textContent = box.getAttribute("data-copy-done");
          say(box.getAttribute("data-copy-done"));
          window.setTimeout(function () {
            button.textContent = box.getAttribute("data-copy-label");
          }, 3000);
        },
        function () {
          source.focus();
          source.select();
          say(box.getAttribute("data-copy-failed"));
        }
      );
    });
  });
})();

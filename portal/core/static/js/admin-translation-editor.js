// The translation editor of wagtail-localize (admin only) writes a few things in English
// whatever the admin's language: the screen-reader label of its actions menu, the title
// of its list of strings ("Français to العربية translation"), its dates; and, in French,
// it glues « Publier dans » to the language's name. Put them right, each time the editor
// redraws.
(function () {
  "use strict";

  const words = document.getElementById("translation-editor-words");
  const editor = document.querySelector(".js-translation-editor");
  if (!words || !editor || !editor.dataset.props) {
    return;
  }
  let props;
  try {
    props = JSON.parse(editor.dataset.props);
  } catch (error) {
    return;
  }
  const source = props.sourceLocale ? props.sourceLocale.displayName : "";
  const target = props.locale ? props.locale.displayName : "";
  const replacements = new Map([
    ["More actions", words.dataset.moreActions],
    [`${source} to ${target} translation`, words.dataset.title],
  ]);
  if (typeof window.gettext === "function") {
    const publishIn = window.gettext("Publish in ");
    if (!/\s$/.test(publishIn)) {
      replacements.set(publishIn + target, `${publishIn} ${target}`);
    }
  }

  // Its dates are written by the server in English ("1 December 2026", Python's strftime):
  // write them in the admin's language.
  const months = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ];
  const englishDate = new RegExp(`\\b(\\d{1,2}) (${months.join("|")}) (\\d{4})\\b`, "g");
  const language = document.documentElement.lang || "fr";
  const dateFormat = new Intl.DateTimeFormat(language, {
    day: "numeric", month: "long", year: "numeric",
  });
  function localDate(match, day, month, year) {
    return dateFormat.format(new Date(Number(year), months.indexOf(month), Number(day)));
  }

  function fix(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      const replacement = replacements.get(text);
      if (replacement && replacement !== text) {
        node.nodeValue = node.nodeValue.replace(text, replacement);
      }
      if (!language.startsWith("en") && englishDate.test(node.nodeValue)) {
        node.nodeValue = node.nodeValue.replace(englishDate, localDate);
      }
      englishDate.lastIndex = 0;
    }
  }

  function start() {
    fix(editor);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        if (mutation.type === "characterData") {
          fix(mutation.target.parentNode || editor);
        } else {
          mutation.addedNodes.forEach(function (node) {
            fix(node.nodeType === Node.TEXT_NODE ? node.parentNode || editor : node);
          });
        }
      });
    }).observe(editor, { childList: true, subtree: true, characterData: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

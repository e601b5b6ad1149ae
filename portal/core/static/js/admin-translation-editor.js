// The translation editor of wagtail-localize (admin only) writes three things in English
// whatever the admin's language: the screen-reader label of its actions menu, the title
// of its list of strings ("Français to العربية translation"), and, in French, it glues
// « Publier dans » to the language's name. Put them right, each time the editor redraws.
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

  function fix(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      const replacement = replacements.get(text);
      if (replacement && replacement !== text) {
        node.nodeValue = node.nodeValue.replace(text, replacement);
      }
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

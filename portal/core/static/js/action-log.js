// The action log's page, with JavaScript: each action goes to the phone's outbox
// (js/outbox.js) with a fresh UUID, then to the site; it leaves the outbox only when the site
// answers with its UUID. Waiting actions are sent when the page opens, when the network
// comes back and when the page is shown again. A service worker keeps the page for offline
// use. Without this file the form is sent as it is and works the same.
(function () {
  "use strict";

  var root = document.querySelector("[data-action-log]");
  var outbox = window.ActionOutbox;
  var form = root && root.querySelector("[data-action-form]");
  if (!root || !outbox || !form) {
    return;
  }
  var member = root.dataset.member;
  var pageUrl = root.dataset.page;
  var loginPath = new URL(root.dataset.login, window.location.href).pathname;
  var language = document.documentElement.lang || "fr";
  var pendingForms = JSON.parse(root.dataset.pendingForms || "{}");
  var box = root.querySelector("[data-outbox]");
  var countLine = root.querySelector("[data-outbox-count]");
  var status = root.querySelector("[data-outbox-status]");
  var said = root.querySelector("[data-action-said]");
  var offlineLine = root.querySelector("[data-outbox-offline]");
  var loginLine = root.querySelector("[data-outbox-login]");
  var accountLine = root.querySelector("[data-outbox-account]");
  var busyLine = root.querySelector("[data-outbox-busy]");
  var list = root.querySelector("[data-outbox-list]");
  var actions = root.querySelector("[data-action-list]");
  var uuidInput = form.querySelector("input[name=uuid]");
  var people = form.querySelector("input[name=people]");
  var FIELDS = ["date", "kind", "theme", "pole", "people", "note"];
  var problem = "";
  var sending = null;
  var lastQueued = 0;
  var retryTimer = null;

  function newUuid() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map
      .call(bytes, function (byte) {
        return (byte + 0x100).toString(16).slice(1);
      })
      .join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  // The page may come from the offline copy: its UUID would be the same each time.
  uuidInput.value = newUuid();

  // − and + beside the number of people.
  root.querySelectorAll("[data-step]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var value = parseInt(people.value, 10) || 0;
      var max = parseInt(people.max, 10) || 10000;
      people.value = Math.min(max, Math.max(1, value + parseInt(button.dataset.step, 10)));
    });
  });

  function labelOf(input) {
    var label = input && form.querySelector("label[for='" + input.id + "']");
    return label ? label.textContent.trim() : "";
  }

  function describe() {
    var day = form.elements.date.value;
    var date = day ? new Date(day + "T12:00:00").toLocaleDateString(language) : "";
    var kind = labelOf(form.querySelector("input[name=kind]:checked"));
    var approximate = form.elements.approximate && form.elements.approximate.checked;
    var count = (approximate ? root.dataset.textApproximate + " " : "") + people.value;
    return [date, kind, count + " " + root.dataset.textPeople].filter(Boolean).join(" · ");
  }

  function setValues(values) {
    people.value = values.people;
    form.elements.note.value = values.note;
    if (form.elements.approximate) {
      form.elements.approximate.checked = values.approximate;
    }
  }

  function entryFromForm() {
    var data = new FormData(form);
    var fields = {};
    FIELDS.forEach(function (name) {
      fields[name] = String(data.get(name) || "");
    });
    if (data.get("approximate")) {
      fields.approximate = "on";
    }
    return {
      uuid: String(data.get("uuid")).toLowerCase(),
      member: member,
      fields: fields,
      label: describe(),
      state: "waiting",
      message: "",
      noted: Date.now(),
    };
  }

  function say(text, tone) {
    said.textContent = text;
    said.dataset.tone = tone;
  }

  function plural(count) {
    var category = "other";
    try {
      category = new Intl.PluralRules(language).select(count);
    } catch (error) {
      category = count === 1 ? "one" : "other";
    }
    var text = pendingForms[category] || pendingForms.other || "{n}";
    return text.replace("{n}", count.toLocaleString(language));
  }

  function render() {
    return outbox.entries(member).then(function (entries) {
      var waiting = entries.filter(function (entry) {
        return entry.state === "waiting";
      });
      box.hidden = entries.length === 0;
      var line = waiting.length ? plural(waiting.length) : "";
      countLine.textContent = line;
      countLine.hidden = !line;
      if (status.textContent !== line) {
        status.textContent = line;
      }
      offlineLine.hidden = !(waiting.length && (problem === "offline" || !navigator.onLine));
      loginLine.hidden = !(waiting.length && problem === "login");
      accountLine.hidden = !(waiting.length && problem === "account");
      busyLine.hidden = !(waiting.length && problem === "busy");
      accountLine.textContent = root.dataset.textOtherAccount;
      list.textContent = "";
      entries.forEach(function (entry) {
        var item = document.createElement("li");
        item.className = "outbox__entry outbox__entry--" + entry.state;
        var text = document.createElement("span");
        text.className = "outbox__label";
        text.dir = "auto";
        text.textContent = entry.label;
        item.appendChild(text);
        var state = document.createElement("span");
        state.className = "outbox__state";
        state.dir = "auto";
        if (entry.state === "refused") {
          state.textContent = root.dataset.textRefused + " " + entry.message;
          var button = document.createElement("button");
          button.type = "button";
          button.className = "button button--secondary outbox__remove";
          button.textContent = root.dataset.textRemove;
          button.addEventListener("click", function () {
            outbox.remove(entry.uuid).then(render);
          });
          item.appendChild(state);
          item.appendChild(button);
        } else {
          state.textContent = root.dataset.textWaiting;
          item.appendChild(state);
        }
        list.appendChild(item);
      });
      return entries;
    });
  }

  function signedOut(response) {
    return (
      response.type === "opaqueredirect" ||
      response.status === 401 ||
      response.status === 403 ||
      (response.redirected && new URL(response.url).pathname === loginPath)
    );
  }

  // Who is signed in, and a CSRF token read now (the page may be an old offline copy).
  function hello() {
    return fetch(pageUrl, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      redirect: "manual",
      cache: "no-store",
    }).then(
      function (response) {
        if (signedOut(response)) {
          throw "login";
        }
        if (!response.ok) {
          throw "later";
        }
        return response.json().then(function (data) {
          if (String(data.member) !== String(member)) {
            throw "account";
          }
          return data.csrf;
        });
      },
      function () {
        throw "offline";
      }
    );
  }

  function addRow(html, uuid) {
    if (!actions || !html || actions.querySelector("[data-uuid='" + uuid + "']")) {
      return;
    }
    actions.insertAdjacentHTML("afterbegin", html);
    actions.hidden = false;
    var empty = root.querySelector("[data-action-empty]");
    if (empty) {
      empty.hidden = true;
    }
  }

  function send(entry, token) {
    var body = new URLSearchParams(entry.fields);
    body.set("uuid", entry.uuid);
    return fetch(pageUrl, {
      method: "POST",
      body: body,
      headers: { Accept: "application/json", "X-CSRFToken": token },
      credentials: "same-origin",
      redirect: "manual",
      cache: "no-store",
    }).then(
      function (response) {
        if (signedOut(response)) {
          throw "login";
        }
        if (response.status === 400) {
          return response.json().then(function (data) {
            entry.state = "refused";
            entry.message = data.message || "";
            return outbox.put(entry).then(function () {
              return false;
            });
          });
        }
        if (response.status === 429) {
          // Too many sent at once: this one and the rest stay waiting, sent again then.
          retryIn(parseInt(response.headers.get("Retry-After"), 10));
          throw "busy";
        }
        if (response.status !== 200 && response.status !== 201) {
          throw "later";
        }
        return response.json().then(function (data) {
          // Forgotten only once the site names it.
          if (String(data.uuid).toLowerCase() !== entry.uuid) {
            throw "later";
          }
          return outbox.remove(entry.uuid).then(function () {
            addRow(data.html, data.uuid);
            return true;
          });
        });
      },
      function () {
        throw "offline";
      }
    );
  }

  // The site asked to wait (429): one more try when it says, between 5 s and an hour.
  function retryIn(seconds) {
    window.clearTimeout(retryTimer);
    var wait = Math.min(Math.max(seconds || 60, 5), 3600);
    retryTimer = window.setTimeout(flush, wait * 1000);
  }

  function sendAll(entries, token) {
    var sent = 0;
    return entries
      .reduce(function (previous, entry) {
        return previous.then(function () {
          return send(entry, token).then(function (done) {
            sent += done ? 1 : 0;
          });
        });
      }, Promise.resolve())
      .then(function () {
        return sent;
      });
  }

  function flush() {
    if (sending) {
      return sending;
    }
    sending = outbox
      .entries(member)
      .then(function (entries) {
        var waiting = entries.filter(function (entry) {
          return entry.state === "waiting";
        });
        if (!waiting.length) {
          return 0;
        }
        return hello().then(function (token) {
          return sendAll(waiting, token);
        });
      })
      .then(
        function (sent) {
          problem = "";
          if (sent) {
            say(root.dataset.textSaved, "saved");
            keepOfflineCopy();
          }
        },
        function (reason) {
          problem = typeof reason === "string" ? reason : "later";
        }
      )
      .then(render)
      .then(function () {
        sending = null;
      });
    return sending;
  }

  form.addEventListener("submit", function (event) {
    if (!people.value && Date.now() - lastQueued < 1500) {
      event.preventDefault(); // A double tap: the action is already in the outbox.
      return;
    }
    if (!form.checkValidity()) {
      if (navigator.onLine) {
        return; // The site says what is wrong, on each field.
      }
      event.preventDefault();
      form.reportValidity();
      return;
    }
    event.preventDefault();
    var entry = entryFromForm();
    lastQueued = Date.now();
    // Ready for the next one at once (a second tap is a second action, with its own UUID).
    uuidInput.value = newUuid();
    setValues({ people: "", note: "", approximate: false });
    outbox.put(entry).then(
      function () {
        say(root.dataset.textKept, "kept");
        return render().then(flush);
      },
      function () {
        // No outbox on this phone: the plain form, as it was typed.
        uuidInput.value = entry.uuid;
        setValues({ people: entry.fields.people, note: entry.fields.note, approximate: !!entry.fields.approximate });
        form.submit();
      }
    );
  });

  window.addEventListener("online", flush);
  window.addEventListener("offline", render);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      flush();
    }
  });

  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persisted().then(function (persisted) {
      return persisted || navigator.storage.persist();
    });
  }

  // The offline copy: the page and the files it uses, refreshed at each visit online and
  // after actions are sent (the copy shows them).
  function keepOfflineCopy() {
    if (!("serviceWorker" in navigator) || !navigator.onLine) {
      return;
    }
    navigator.serviceWorker.ready.then(function (registration) {
      var assets = Array.prototype.map.call(
        document.querySelectorAll("link[rel=stylesheet][href], link[rel=icon][href], script[src]"),
        function (element) {
          return element.href || element.src;
        }
      );
      if (registration.active) {
        registration.active.postMessage({ type: "refresh", assets: assets });
      }
    });
  }

  if ("serviceWorker" in navigator && root.dataset.worker) {
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "kept") {
        root.dataset.offlineReady = event.data.page ? "true" : "false";
      }
    });
    navigator.serviceWorker
      .register(root.dataset.worker, { scope: pageUrl })
      .then(keepOfflineCopy)
      .catch(function () {
        return null;
      });
  }

  render().then(flush);
})();

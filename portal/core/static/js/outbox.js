// The action log's outbox: actions noted on this phone wait in IndexedDB until the site
// acknowledges their UUID. Each entry carries its member's id and is read only under it, so
// that a queue is never sent under the next person who signs in.
// On every member page: signing out asks first when actions still wait, and empties the
// offline copy of the action log (caches, service worker).
(function () {
  "use strict";

  var NAME = "ambassadeurs-actions";
  var STORE = "outbox";
  var CACHE_PREFIX = "action-log-";

  function open() {
    return new Promise(function (resolve, reject) {
      if (!window.indexedDB) {
        reject(new Error("IndexedDB"));
        return;
      }
      var request = window.indexedDB.open(NAME, 1);
      request.onupgradeneeded = function () {
        var store = request.result.createObjectStore(STORE, { keyPath: "uuid" });
        store.createIndex("member", "member");
      };
      request.onsuccess = function () {
        resolve(request.result);
      };
      request.onerror = function () {
        reject(request.error);
      };
    });
  }

  // One transaction: ``work(store, done)`` asks, ``done(value)`` gives the answer.
  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(STORE, mode);
        var result;
        transaction.oncomplete = function () {
          db.close();
          resolve(result);
        };
        transaction.onerror = transaction.onabort = function () {
          db.close();
          reject(transaction.error);
        };
        work(transaction.objectStore(STORE), function (value) {
          result = value;
        });
      });
    });
  }

  function entries(member) {
    return run("readonly", function (store, done) {
      var request = store.index("member").getAll(String(member));
      request.onsuccess = function () {
        done(
          request.result.sort(function (a, b) {
            return a.noted - b.noted;
          })
        );
      };
    });
  }

  function count(member) {
    return run("readonly", function (store, done) {
      var request = store.index("member").count(String(member));
      request.onsuccess = function () {
        done(request.result);
      };
    });
  }

  function put(entry) {
    return run("readwrite", function (store) {
      store.put(entry);
    });
  }

  function remove(uuid) {
    return run("readwrite", function (store) {
      store.delete(uuid);
    });
  }

  // The offline copy of the action log is the member's: it goes when they sign out.
  function forgetOfflineCopy() {
    var jobs = [];
    if (window.caches) {
      jobs.push(
        window.caches.keys().then(function (names) {
          return Promise.all(
            names
              .filter(function (name) {
                return name.indexOf(CACHE_PREFIX) === 0;
              })
              .map(function (name) {
                return window.caches.delete(name);
              })
          );
        })
      );
    }
    if (navigator.serviceWorker && navigator.serviceWorker.getRegistrations) {
      jobs.push(
        navigator.serviceWorker.getRegistrations().then(function (registrations) {
          return Promise.all(
            registrations.map(function (registration) {
              return registration.unregister();
            })
          );
        })
      );
    }
    return Promise.all(jobs).catch(function () {
      return null;
    });
  }

  window.ActionOutbox = { entries: entries, count: count, put: put, remove: remove };

  // Signing out: when actions still wait, a warning first (they stay on this phone and
  // leave at the member's next sign-in); a second press signs out.
  document.querySelectorAll("form[data-logout]").forEach(function (form) {
    var warning = form.querySelector("[data-logout-warning]");
    var warned = false;
    function leave() {
      forgetOfflineCopy().then(function () {
        form.submit();
      });
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (warned || !warning || !form.dataset.member) {
        leave();
        return;
      }
      count(form.dataset.member).then(
        function (waiting) {
          if (!waiting) {
            leave();
            return;
          }
          warned = true;
          warning.hidden = false;
          warning.focus();
        },
        leave
      );
    });
  });
})();

{% comment %}The action log's service worker, served by members.actions.views.service_worker
under the log's own path (its scope). Rendered with its settings: the member's cache name,
the page, the files the page needs.{% endcomment %}// The action log's service worker: the page opens offline. Network first for the page (the
// copy in the cache only when the network fails), the cache first for its CSS and scripts.
// POSTs and other pages are never touched. The cache is the member's; it is emptied when
// they sign out (the logout button, or the site sending the page to the login).
"use strict";

const CONFIG = {{ config }};

function samePath(url, path) {
  return url.origin === self.location.origin && url.pathname === path;
}

function isAsset(url) {
  return url.origin === self.location.origin && url.pathname.startsWith(CONFIG.static);
}

function forget() {
  return caches.keys().then((names) =>
    Promise.all(names.filter((name) => name.startsWith(CONFIG.prefix)).map((name) => caches.delete(name)))
  );
}

// A fresh copy of the page, fetched with the member's session; none if they are signed out.
async function keepPage() {
  let response;
  try {
    response = await fetch(CONFIG.page, {
      credentials: "same-origin",
      redirect: "manual",
      cache: "no-store",
      headers: { Accept: "text/html" },
    });
  } catch (error) {
    return false;
  }
  if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403) {
    await forget();
    return false;
  }
  if (!response.ok) {
    return false;
  }
  if (response.headers.get(CONFIG.header) !== String(CONFIG.member)) {
    // Someone else signed in: never their page in this member's cache.
    await forget();
    return false;
  }
  const cache = await caches.open(CONFIG.cache);
  await cache.put(CONFIG.page, response);
  return true;
}

async function keepAssets(urls) {
  const cache = await caches.open(CONFIG.cache);
  await Promise.all(
    urls
      .filter((url) => isAsset(new URL(url, self.location.href)))
      .map(async (url) => {
        if (await cache.match(url, { ignoreVary: true })) {
          return;
        }
        try {
          const response = await fetch(url, { credentials: "same-origin" });
          if (response.ok) {
            await cache.put(url, response);
          }
        } catch (error) {
          // Offline: kept next time.
        }
      })
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    Promise.all([keepPage(), keepAssets(CONFIG.assets)])
      .catch(() => null)
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter(
              (name) =>
                name.startsWith(CONFIG.prefix) &&
                // Another member's copy, or an older one of this page.
                (!name.startsWith(CONFIG.mine) || (name.startsWith(CONFIG.family) && name !== CONFIG.cache))
            )
            .map((name) => caches.delete(name))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "refresh") {
    event.waitUntil(
      Promise.all([keepPage(), keepAssets((data.assets || []).concat(CONFIG.assets))]).then(
        ([kept]) => event.source && event.source.postMessage({ type: "kept", page: kept })
      )
    );
  } else if (data.type === "forget") {
    event.waitUntil(forget());
  }
});

async function page(request) {
  try {
    const response = await fetch(request);
    if (response.type === "opaqueredirect") {
      // Signed out: the member's copy goes.
      await forget();
    }
    return response;
  } catch (error) {
    const cache = await caches.open(CONFIG.cache);
    const copy = await cache.match(CONFIG.page, { ignoreSearch: true, ignoreVary: true });
    return copy || Response.error();
  }
}

async function asset(event) {
  const request = event.request;
  const cache = await caches.open(CONFIG.cache);
  const copy = await cache.match(request, { ignoreVary: true });
  const fresh = fetch(request)
    .then((response) => {
      if (response.ok) {
        cache.put(request, response.clone());
      }
      return response;
    })
    .catch(() => null);
  event.waitUntil(fresh);
  if (copy) {
    return copy;
  }
  return (await fresh) || Response.error();
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (request.mode === "navigate" && samePath(url, CONFIG.page)) {
    event.respondWith(page(request));
  } else if (isAsset(url)) {
    event.respondWith(asset(event));
  }
});

// 同心 service worker (SYS-2). It keeps the shell and static files only — never personal data:
// pages (navigations) always go to the network and fall back to the offline page; /api/ and every HTML answer pass
// straight through and are never stored. Bump VERSION when this list changes; old caches are dropped on activate.
'use strict';
const VERSION = 'tongxin-static-v1';
const OFFLINE = '/offline.html';
const PRECACHE = [
  '/offline.html',
  '/css/phone.css',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/icon-maskable-512.png'
];
// Static files by folder; anything else (pages, /api/, /download/, /_blazor, /account) is never cached.
const STATIC = ['/css/', '/js/', '/icons/', '/_content/', '/_framework/', '/lib/'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(VERSION).then(function (c) { return c.addAll(PRECACHE); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== VERSION; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function isStatic(url) {
  if (url.origin !== self.location.origin) return false;
  if (url.pathname.startsWith('/api/') || url.pathname === '/_framework/blazor.boot.json') return false;
  if (url.search) return false;
  return PRECACHE.indexOf(url.pathname) >= 0 || STATIC.some(function (p) { return url.pathname.startsWith(p); });
}

// Stores only a plain same-origin success that is not HTML, so a page can never end up in the cache.
function storable(response) {
  const type = response.headers.get('Content-Type') || '';
  return response.ok && response.type === 'basic' && type.indexOf('text/html') < 0;
}

self.addEventListener('fetch', function (event) {
  const request = event.request;
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(function () { return caches.match(OFFLINE); }));
    return;
  }
  const url = new URL(request.url);
  if (!isStatic(url)) return;
  // Stale while revalidate: a weak network gets the cached copy at once, the next load gets the fresh one.
  event.respondWith(caches.open(VERSION).then(function (cache) {
    return cache.match(request).then(function (cached) {
      const fresh = fetch(request).then(function (response) {
        if (storable(response)) cache.put(request, response.clone());
        return response;
      });
      if (cached) { fresh.catch(function () { }); return cached; }
      return fresh;
    });
  }));
});

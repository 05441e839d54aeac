// Registers the service worker (SYS-2). Pages work without it: it only adds the offline page and cached static files.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* not installable: fine */ });
  });
}

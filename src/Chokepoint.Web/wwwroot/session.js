// Loaded by every page: sends the page's antiforgery token (meta csrf-token) with same-origin state-changing
// fetches (X-CSRF-TOKEN header) and POST forms (hidden field), so page scripts and forms need no token code of their own.
(function () {
  'use strict';
  const meta = document.querySelector('meta[name="csrf-token"]');
  const token = meta ? meta.content : '';
  if (!token) return;
  const safe = /^(GET|HEAD|OPTIONS|TRACE)$/i;
  const original = window.fetch.bind(window);
  window.fetch = function (input, init) {
    const options = init || {};
    const method = options.method || (input instanceof Request ? input.method : 'GET');
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!safe.test(method) && url.origin === location.origin) {
      const headers = new Headers(options.headers || (input instanceof Request ? input.headers : undefined));
      if (!headers.has('X-CSRF-TOKEN')) headers.set('X-CSRF-TOKEN', token);
      return original(input, Object.assign({}, options, { headers: headers }));
    }
    return original(input, init);
  };
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[method="post" i]').forEach(function (form) {
      if (form.querySelector('input[name="__RequestVerificationToken"]')) return;
      const field = document.createElement('input');
      field.type = 'hidden';
      field.name = '__RequestVerificationToken';
      field.value = token;
      form.append(field);
    });
  });
})();

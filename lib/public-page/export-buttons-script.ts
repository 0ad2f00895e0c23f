// The public document page's only script, served as a file (the page carries no inline script, so a
// cached page needs no per-request CSP nonce). It gives the plain download links the behaviour of
// components/document/export-buttons.tsx: progress while a file downloads, a Chinese message on failure.

export const EXPORT_BUTTONS_SCRIPT = String.raw`(function () {
  'use strict';
  var box = document.querySelector('.export-buttons');
  if (!box) return;
  var status = box.querySelector('.export-status');
  var busy = false;
  var what = function (label) { return label.replace(/^下载/, ''); };
  function show(kind, text, received, total) {
    status.textContent = '';
    var span = document.createElement('span');
    span.textContent = text;
    if (kind === 'failed') { span.className = 'export-error'; span.setAttribute('role', 'alert'); }
    status.appendChild(span);
    if (kind === 'working') {
      var bar = document.createElement('progress');
      if (total) { bar.max = total; bar.value = received; }
      status.appendChild(bar);
    }
  }
  function fileName(disposition, fallback) {
    var star = disposition && disposition.match(/filename\*=UTF-8''([^;]+)/i);
    if (star) return decodeURIComponent(star[1]);
    var plain = disposition && disposition.match(/filename="([^"]+)"/i);
    return plain ? plain[1] : fallback;
  }
  async function errorText(res) {
    try {
      var body = await res.json();
      if (body && body.error) return body.error;
    } catch (e) { /* not JSON */ }
    return '服务器返回 HTTP ' + res.status;
  }
  function setDisabled(on) {
    box.querySelectorAll('a[data-format]').forEach(function (a) {
      if (on) a.setAttribute('aria-disabled', 'true'); else a.removeAttribute('aria-disabled');
    });
  }
  async function download(a, label) {
    busy = true;
    setDisabled(true);
    show('working', '正在生成并下载' + what(label) + '…');
    try {
      var res = await fetch(a.href);
      if (!res.ok || !res.body) throw new Error(await errorText(res));
      var total = Number(res.headers.get('content-length')) || null;
      var reader = res.body.getReader();
      var chunks = [];
      var received = 0;
      for (;;) {
        var step = await reader.read();
        if (step.done) break;
        chunks.push(step.value);
        received += step.value.length;
        show('working', '正在生成并下载' + what(label) + '…已接收 ' + (received / 1024).toFixed(0) + ' KB', received, total);
      }
      var url = URL.createObjectURL(new Blob(chunks, { type: res.headers.get('content-type') || 'application/octet-stream' }));
      var save = document.createElement('a');
      save.href = url;
      save.download = fileName(res.headers.get('content-disposition'), a.href.split('/').pop() || 'download');
      document.body.appendChild(save);
      save.click();
      save.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      show('done', what(label) + '已下载。');
    } catch (e) {
      show('failed', what(label) + '导出失败：' + (e instanceof Error ? e.message : String(e)) + '。请稍后重试。');
    } finally {
      busy = false;
      setDisabled(false);
    }
  }
  box.addEventListener('click', function (event) {
    var a = event.target.closest && event.target.closest('a[data-format]');
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (!busy) download(a, a.textContent || '');
  });
})();
`;

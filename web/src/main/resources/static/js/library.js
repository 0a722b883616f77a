// The Library page's live indexing progress, from /api/progress (server-sent events); EventSource reconnects by
// itself. The bar's width is set through the CSSOM, which the Content-Security-Policy allows (no inline style).
(function () {
    'use strict';
    const fill = document.getElementById('progress-fill');
    const text = document.getElementById('progress-text');
    if (!fill || !text || !window.EventSource) {
        return;
    }
    const source = new EventSource('/api/progress');
    source.addEventListener('progress', function (event) {
        const p = JSON.parse(event.data);
        const share = p.files === 0 ? 1 : p.checked / p.files;
        fill.style.width = Math.round(share * 100) + '%';
        text.textContent = p.paused
            ? 'Indexing ' + p.source + ' is ' + p.paused
            : p.stopped
            ? 'Stopped after ' + p.checked + ' of ' + p.files + ' files: ' + p.stopped
            : p.done
            ? 'Up to date: ' + p.files + ' files checked, ' + p.indexed + ' indexed, ' + p.skipped + ' skipped, ' + p.failed + ' failed.'
            : 'Indexing ' + p.source + ': ' + p.checked + ' of ' + p.files + ' files' + (p.currentFile ? ' — ' + p.currentFile : '');
    });
})();

// The preview panel's only script, allowed by the page's CSP nonce. It swaps in the content the
// extension posts, so the panel updates in place and keeps its scroll position; it keeps the
// document and the scroll position in the webview's state, which VS Code hands back after a
// reload (the extension's WebviewPanelSerializer reopens the same document); and it reports
// which content it shows, so the extension can resend what a reload may have lost.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  let uri = document.body.dataset.uri;
  let seq = Number(document.body.dataset.seq);

  // Only a page still at its top: its content shows before this script runs, and a position set
  // meanwhile (scrolled by a person, or restored by VS Code) is newer than the saved one.
  const saved = vscode.getState();
  if (saved && saved.uri === uri && typeof saved.scrollY === 'number' && window.scrollY === 0)
    window.scrollTo(0, saved.scrollY);

  function save() {
    vscode.setState({ uri: uri, scrollY: window.scrollY });
  }

  function report() {
    const main = document.querySelector('main');
    vscode.postMessage({ type: 'rendered', seq: seq, uri: uri, text: main ? main.innerText : '' });
  }

  let saving = false;
  window.addEventListener(
    'scroll',
    function () {
      if (saving) return;
      saving = true;
      requestAnimationFrame(function () {
        saving = false;
        save();
      });
    },
    { passive: true },
  );

  window.addEventListener('message', function (event) {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.html !== 'string') return;
    // Parsed in an inert document: nothing in it loads or runs, and the content is escaped anyway.
    const next = new DOMParser().parseFromString(message.html, 'text/html').querySelector('main');
    const current = document.querySelector('main');
    if (!next || !current) return;
    current.replaceWith(document.adoptNode(next));
    // Another document (the panel follows the active editor) starts at its top.
    if (message.uri !== uri) window.scrollTo(0, 0);
    uri = message.uri;
    seq = message.seq;
    save();
    report();
  });

  save();
  report();
})();

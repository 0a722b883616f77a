// The Ask page's answer, streamed: the question is sent to /ask/stream, which answers with server-sent events
// (see AskController#stream). The sources being read appear first, then the model's text as it writes it; the
// checked answer, rendered by the server as the page renders it without JavaScript, then takes the raw text's place.
// Without JavaScript the form is a plain GET of the page, as before.
(function () {
    'use strict';
    const form = document.getElementById('ask-form');
    if (!form || !window.EventSource) {
        return;
    }
    const working = document.getElementById('working');
    let current = null;
    let shown = null;

    // Capture phase: this runs before htmx's own handler on the form, which it replaces.
    document.addEventListener('submit', function (event) {
        if (event.target !== form || !form.elements.q.value.trim()) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        ask(new URLSearchParams(new FormData(form)));
    }, true);

    // Back and forward show the answers as they were, without asking again.
    window.addEventListener('popstate', function (event) {
        if (event.state && event.state.dossierAnswer !== undefined) {
            stop();
            document.getElementById('answer').outerHTML = event.state.dossierAnswer;
            form.elements.q.value = event.state.q;
        }
    });

    // Leaving the page closes the stream, and the server then stops the model. Without this, a page kept in the
    // browser's back-forward cache may hold the stream open, and the model would write on for nobody.
    window.addEventListener('pagehide', function () {
        if (current) {
            stop();
            shown.problem.textContent = 'Stopped: the page was left before the answer was finished.';
        }
    });

    function ask(params) {
        stop(); // an answer still being written is abandoned, and the server stops its model
        history.replaceState({dossierAnswer: document.getElementById('answer').outerHTML, q: form.elements.q.value},
            '');
        const block = streamingBlock(params.get('q'));
        shown = block;
        working.classList.add('active');
        const source = new EventSource(form.dataset.stream + '?' + params);
        current = source;
        source.addEventListener('passages', function (event) {
            block.sources.innerHTML = event.data; // HTML rendered (and escaped) by the server's template
        });
        source.addEventListener('token', function (event) {
            block.text.textContent += JSON.parse(event.data).text;
        });
        source.addEventListener('done', function (event) {
            stop();
            document.getElementById('answer').outerHTML = event.data;
            history.pushState({dossierAnswer: event.data, q: params.get('q')}, '', '/?' + params);
        });
        // Both the server's own 'error' event (with a problem detail) and a lost connection arrive here. A lost
        // connection is not retried: EventSource would reconnect and ask the question again.
        source.addEventListener('error', function (event) {
            stop();
            block.problem.textContent = event.data ? JSON.parse(event.data).detail
                : 'The connection to Dossier was lost before the answer was finished — ask again.';
        });
    }

    function stop() {
        if (current) {
            current.close();
            current = null;
        }
        working.classList.remove('active');
    }

    /** Where the answer being written is shown, below what the page already shows. */
    function streamingBlock(question) {
        const block = document.createElement('div');
        block.id = 'streaming';
        block.className = 'streaming';
        const asked = document.createElement('p');
        asked.className = 'question';
        asked.textContent = question;
        const sources = document.createElement('div');
        const text = document.createElement('div');
        text.className = 'generated streamed';
        text.id = 'streamed-text';
        const problem = document.createElement('p');
        problem.className = 'notice problem';
        block.append(asked, sources, text, problem);
        const old = document.getElementById('streaming');
        if (old) {
            old.remove();
        }
        document.getElementById('answer').append(block);
        return {sources: sources, text: text, problem: problem};
    }
})();

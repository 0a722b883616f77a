// The Ask page's answer, streamed: the question is POSTed to /ask/stream (with the form's CSRF token), which says
// where to read the answer; the answer then comes as server-sent events from that address (see AskController). The
// sources being read appear first, then the model's text as it writes it; the checked answer, rendered by the server
// as the page renders it without JavaScript, then takes the raw text's place. Without JavaScript the form is a plain
// POST of the page.
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
        ask(form);
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

    function ask(form) {
        stop(); // an answer still being written is abandoned, and the server stops its model
        const q = form.elements.q.value;
        history.replaceState({dossierAnswer: document.getElementById('answer').outerHTML, q: q}, '');
        const block = streamingBlock(q);
        shown = block;
        working.classList.add('active');
        const asking = {};
        current = asking;
        fetch(form.dataset.stream, {
            method: 'POST',
            body: new URLSearchParams(new FormData(form)),
            headers: {'Accept': 'application/json'},
            credentials: 'same-origin'
        }).then(function (response) {
            return response.text().then(function (text) {
                let body;
                try {
                    body = JSON.parse(text);
                } catch (notJson) { // a refusal before any controller is one line of text
                    body = {detail: text.trim()};
                }
                if (!response.ok) {
                    throw new Error(body.detail || 'Dossier refused the question (' + response.status + ').');
                }
                return body.stream;
            });
        }).then(function (address) {
            if (current === asking) {
                read(address, q, block);
            }
        }).catch(function (error) {
            if (current === asking) {
                stop();
                block.problem.textContent = error.message;
            }
        });
    }

    function read(address, q, block) {
        const source = new EventSource(address);
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
            // the address to come back to shows the conversation; it asks nothing again
            const conversation = document.getElementById('conversation').value;
            history.pushState({dossierAnswer: event.data, q: q}, '', '/?conversation=' + encodeURIComponent(conversation));
            // the conversation list beside the answer reloads itself (htmx listens for this on the body)
            document.body.dispatchEvent(new CustomEvent('conversations-changed'));
        });
        // Both the server's own 'error' event (with a problem detail) and a lost connection arrive here. A lost
        // connection is not retried: the question can be read once only.
        source.addEventListener('error', function (event) {
            stop();
            block.problem.textContent = event.data ? JSON.parse(event.data).detail
                : 'The connection to Dossier was lost before the answer was finished — ask again.';
        });
    }

    function stop() {
        if (current) {
            if (current.close) {
                current.close();
            }
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

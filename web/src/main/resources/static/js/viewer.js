// The source viewer: bring the cited passage into view, and find words in the document's text.
(function () {
    "use strict";

    function scrollToCitation() {
        var cited = document.querySelector("#doc-text .passage.cited");
        if (cited && !window.location.hash) {
            cited.scrollIntoView({block: "center"});
        }
    }

    var hits = [];
    var current = -1;

    function clearHits(text) {
        text.querySelectorAll("mark.find-hit").forEach(function (mark) {
            mark.replaceWith(document.createTextNode(mark.textContent));
        });
        text.normalize();
        hits = [];
        current = -1;
    }

    // Wraps every occurrence of the words (case-insensitive) in the text nodes of the document's text.
    function markAll(text, words) {
        var needle = words.toLocaleLowerCase();
        var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        var nodes = [];
        while (walker.nextNode()) {
            nodes.push(walker.currentNode);
        }
        nodes.forEach(function (node) {
            var value = node.nodeValue;
            var lower = value.toLocaleLowerCase();
            var at = lower.indexOf(needle);
            if (at < 0 || lower.length !== value.length) {
                return;
            }
            var fragment = document.createDocumentFragment();
            var from = 0;
            while (at >= 0) {
                fragment.appendChild(document.createTextNode(value.substring(from, at)));
                var mark = document.createElement("mark");
                mark.className = "find-hit";
                mark.textContent = value.substring(at, at + needle.length);
                fragment.appendChild(mark);
                hits.push(mark);
                from = at + needle.length;
                at = lower.indexOf(needle, from);
            }
            fragment.appendChild(document.createTextNode(value.substring(from)));
            node.parentNode.replaceChild(fragment, node);
        });
    }

    function show(index, count) {
        if (hits.length === 0) {
            return;
        }
        if (current >= 0) {
            hits[current].classList.remove("current");
        }
        current = (index + hits.length) % hits.length;
        hits[current].classList.add("current");
        // a hit in a collapsed quote of an earlier message opens it
        var quote = hits[current].closest("details");
        if (quote && !quote.open) {
            quote.open = true;
        }
        hits[current].scrollIntoView({block: "center"});
        count.textContent = (current + 1) + " of " + hits.length;
    }

    function setUpFind() {
        var input = document.getElementById("find");
        var text = document.getElementById("doc-text");
        var count = document.getElementById("find-count");
        if (!input || !text || !count) {
            return;
        }
        input.addEventListener("input", function () {
            clearHits(text);
            var words = input.value.trim();
            if (words.length === 0) {
                count.textContent = "";
                return;
            }
            markAll(text, words);
            if (hits.length === 0) {
                count.textContent = "no match";
            } else {
                show(0, count);
            }
        });
        document.getElementById("find-next").addEventListener("click", function () { show(current + 1, count); });
        document.getElementById("find-prev").addEventListener("click", function () { show(current - 1, count); });
        document.getElementById("find-form").addEventListener("submit", function (event) {
            event.preventDefault();
            show(event.shiftKey ? current - 1 : current + 1, count);
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        scrollToCitation();
        setUpFind();
    });
}());

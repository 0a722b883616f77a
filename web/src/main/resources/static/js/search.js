// The search page's keys: "/" focuses the query; "j" and "k" (or the arrow keys) move through the results;
// Enter opens the one in focus (a link).
(function () {
    "use strict";

    function typing(target) {
        return target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    }

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        if (event.key === "/" && !typing(event.target)) {
            event.preventDefault();
            document.getElementById("sq").focus();
            return;
        }
        var down = event.key === "j" || event.key === "ArrowDown";
        var up = event.key === "k" || event.key === "ArrowUp";
        if ((!down && !up) || typing(event.target)) {
            return;
        }
        var links = Array.prototype.slice.call(document.querySelectorAll("#results .result-title"));
        if (links.length === 0) {
            return;
        }
        event.preventDefault();
        var at = links.indexOf(document.activeElement);
        var next = at < 0 ? 0 : Math.max(0, Math.min(links.length - 1, at + (down ? 1 : -1)));
        links[next].focus();
        links[next].scrollIntoView({block: "nearest"});
    });
}());

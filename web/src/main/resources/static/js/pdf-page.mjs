// The viewer's page view of a PDF: PDF.js (from its WebJar) draws a page on a canvas with its text layer over it,
// opening at the cited page, where the text-layer spans of the cited passage are marked. The PDF's bytes come from
// /documents/{id}/pdf; nothing is evaluated as code (isEvalSupported: false) and nothing is fetched from outside.

const view = document.getElementById("page-view");

function normalise(text) {
    return text.replace(/\s+/g, " ").trim();
}

function withoutSpace(text) {
    return text.replace(/\s+/g, "");
}

// The cited passage as the viewer's text shows it (the passages marked cited), or "" when nothing is cited.
function citedText() {
    return normalise(Array.from(document.querySelectorAll("#doc-text .passage.cited"), p => p.textContent).join(" "));
}

// Marks the text-layer spans that hold the passage: where the passage (white space left out on both sides, as PDF
// text items split words and lines their own way) lies in the page's text, every span it overlaps; failing that,
// every span whose own text occurs in the passage.
function markPassage(layer, passage) {
    const spans = Array.from(layer.querySelectorAll("span:not(.markedContent)")).filter(s => s.textContent.trim());
    const wanted = withoutSpace(passage);
    if (wanted.length === 0) {
        return 0;
    }
    let pageText = "";
    const owners = [];
    for (const span of spans) {
        const text = withoutSpace(span.textContent);
        pageText += text;
        for (let i = 0; i < text.length; i++) {
            owners.push(span);
        }
    }
    const probe = Math.min(40, wanted.length);
    const start = pageText.indexOf(wanted.slice(0, probe));
    let marked = new Set();
    if (start >= 0) {
        const tailAt = pageText.indexOf(wanted.slice(-probe), start);
        const end = tailAt >= 0 ? tailAt + probe : Math.min(pageText.length, start + wanted.length);
        for (let i = start; i < end; i++) {
            marked.add(owners[i]);
        }
    } else {
        const inPassage = normalise(passage);
        marked = new Set(spans.filter(s => normalise(s.textContent).length >= 4
            && inPassage.includes(normalise(s.textContent))));
    }
    marked.forEach(span => span.classList.add("cited"));
    return marked.size;
}

async function fetchPdf(address) {
    const response = await fetch(address, {credentials: "same-origin", cache: "no-store"});
    if (response.status === 409) {
        throw new Error("The original file changed or is gone since it was indexed, so its pages cannot be drawn;"
            + " the text below is the text that was indexed.");
    }
    if (!response.ok) {
        throw new Error("The page could not be drawn (the server answered " + response.status + ").");
    }
    return new Uint8Array(await response.arrayBuffer());
}

async function start() {
    const status = document.getElementById("page-status");
    const canvas = document.getElementById("pdf-canvas");
    const layer = document.getElementById("pdf-text-layer");
    const box = document.getElementById("pdf-page");
    const label = document.getElementById("page-number");
    const previous = document.getElementById("page-prev");
    const next = document.getElementById("page-next");
    const citedPage = Number.parseInt(view.dataset.page, 10) || 1;
    const passage = citedText();
    try {
        const pdfjs = await import(view.dataset.pdfjs);
        pdfjs.GlobalWorkerOptions.workerSrc = view.dataset.worker;
        const pdf = await pdfjs.getDocument({
            data: await fetchPdf(view.dataset.pdf),
            isEvalSupported: false,
            enableXfa: false,
            cMapUrl: view.dataset.cmaps,
            cMapPacked: true,
            standardFontDataUrl: view.dataset.fonts,
        }).promise;
        let current = Math.min(Math.max(citedPage, 1), pdf.numPages);
        let drawing = false;

        async function draw(number) {
            drawing = true;
            previous.disabled = true;
            next.disabled = true;
            view.removeAttribute("data-rendered-page");
            status.textContent = "Drawing page " + number + "…";
            const page = await pdf.getPage(number);
            const natural = page.getViewport({scale: 1});
            const room = Math.max(200, view.clientWidth - 2);
            const height = Math.max(300, window.innerHeight - 140);
            const viewport = page.getViewport({scale: Math.min(room / natural.width, height / natural.height)});
            const ratio = window.devicePixelRatio || 1;
            canvas.width = Math.floor(viewport.width * ratio);
            canvas.height = Math.floor(viewport.height * ratio);
            canvas.style.width = Math.floor(viewport.width) + "px";
            canvas.style.height = Math.floor(viewport.height) + "px";
            box.style.setProperty("--scale-factor", String(viewport.scale));
            await page.render({
                canvasContext: canvas.getContext("2d"),
                viewport,
                transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0],
            }).promise;
            layer.replaceChildren();
            await new pdfjs.TextLayer({textContentSource: page.streamTextContent(), container: layer, viewport})
                .render();
            const marked = number === citedPage && passage ? markPassage(layer, passage) : 0;
            label.textContent = "Page " + number + " of " + pdf.numPages;
            status.textContent = marked > 0 ? "The cited passage is marked on this page."
                : number === citedPage && passage ? "The cited passage could not be found on the drawn page." : "";
            previous.disabled = number <= 1;
            next.disabled = number >= pdf.numPages;
            view.dataset.renderedPage = String(number);
            drawing = false;
        }

        async function go(number) {
            if (drawing || number < 1 || number > pdf.numPages) {
                return;
            }
            current = number;
            try {
                await draw(number);
            } catch (error) {
                drawing = false;
                status.textContent = "Page " + number + " could not be drawn: " + error.message;
            }
        }

        previous.addEventListener("click", () => go(current - 1));
        next.addEventListener("click", () => go(current + 1));
        await go(current);
    } catch (error) {
        status.textContent = error.message;
        view.dataset.failed = "true";
    }
}

if (view) {
    start();
}

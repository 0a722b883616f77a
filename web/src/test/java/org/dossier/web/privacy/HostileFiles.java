package org.dossier.web.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Files that invite a parser to fetch something: external entities, an XInclude, remote images, style sheets and
 * scripts, all pointing at 203.0.113.1 (TEST-NET-3, routed nowhere); plus a corrupt PDF and an empty file, which
 * must end as failed or skipped without reaching out either.
 */
final class HostileFiles {

    static final String REMOTE = "http://203.0.113.1";

    private static final Map<String, String> FILES = Map.of(
            "external-entities.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE report SYSTEM "%1$s/report.dtd" [
                      <!ENTITY remote SYSTEM "%1$s/x.dtd">
                      <!ENTITY %% parameter SYSTEM "%1$s/parameter.dtd">
                      %%parameter;
                    ]>
                    <report xmlns:xi="http://www.w3.org/2001/XInclude">
                      <title>Harbour dredging survey</title>
                      <body>&remote;</body>
                      <xi:include href="%1$s/include.xml" parse="xml"/>
                      <xi:include href="%1$s/include.txt" parse="text"/>
                    </report>
                    """,
            "remote-resources.html", """
                    <!DOCTYPE html>
                    <html><head>
                    <title>Harbour survey notes</title>
                    <meta http-equiv="refresh" content="0; url=%1$s/refresh">
                    <link rel="stylesheet" href="%1$s/style.css">
                    <link rel="preload" href="%1$s/font.woff2" as="font">
                    <script src="%1$s/tracker.js"></script>
                    </head><body>
                    <p>The dredging survey was filed in March.</p>
                    <img src="%1$s/pixel.png" srcset="%1$s/pixel-2x.png 2x">
                    <iframe src="%1$s/frame.html"></iframe>
                    <object data="%1$s/object.swf"></object>
                    </body></html>
                    """,
            "external-image.svg", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                         width="100" height="100">
                      <title>Harbour map</title>
                      <image href="%1$s/map.png" width="100" height="100"/>
                      <image xlink:href="%1$s/legacy.png" width="10" height="10"/>
                      <use xlink:href="%1$s/symbols.svg#anchor"/>
                      <text x="10" y="50">Berth 4</text>
                    </svg>
                    """,
            "corrupt.pdf", """
                    %%PDF-1.7
                    1 0 obj << /Type /Catalog /Pages 2 0 R /URI << /Base (%1$s/) >> >>
                    endobj
                    2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>
                    stream
                    this is not what a PDF holds
                    """,
            "empty.txt", "");

    private HostileFiles() {
    }

    /** Writes the files into a new folder and returns how many there are. */
    static int write(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue().formatted(REMOTE), StandardCharsets.UTF_8);
        }
        return FILES.size();
    }
}

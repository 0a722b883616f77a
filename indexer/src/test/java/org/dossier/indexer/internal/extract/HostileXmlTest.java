package org.dossier.indexer.internal.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import com.sun.net.httpserver.HttpServer;
import org.dossier.indexer.internal.extract.HostileXmlFiles.Attack;
import org.dossier.indexer.internal.extract.HostileXmlFiles.Format;
import org.dossier.indexer.internal.isolate.ExtractorSettings;
import org.dossier.indexer.internal.isolate.IsolatedExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Pins what a security review found: Tika, as Dossier runs it, fetches nothing an XML-based file points at, from
 * the network or from local files, and such a file still ends in a recorded outcome.
 */
class HostileXmlTest {

    private static final String SECRET = "kestrelsecretword";
    private static final String DOCTYPE_REFUSED = "DOCTYPE is disallowed";

    private final TikaExtractor extractor = new TikaExtractor(1_000_000, Ocr.off());
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private HostileXmlFiles files;

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    @BeforeEach
    void startServerAndWriteSecret() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            String path = exchange.getRequestURI().getPath();
            byte[] body = (path.equals("/parameter") ? files.parameterDtd()
                    : path.equals("/dtd") ? "<!-- an external DTD -->" : "remote payload").getBytes(UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), SECRET);
        files = new HostileXmlFiles("http://127.0.0.1:" + server.getAddress().getPort(), secret.toUri());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("readDespiteTheAttack")
    @Timeout(60)
    void tikaFetchesNothingTheFilePointsAtAndStillExtractsItsText(Format format, Attack attack) throws Exception {
        Path file = files.write(folder, format, attack);

        Extraction outcome = extractor.extract(file);

        assertThat(requests).as("requests the server received").isEmpty();
        assertThat(outcome).asInstanceOf(type(Extraction.Extracted.class))
                .satisfies(extracted -> assertThat(extracted.container().text()).contains(HostileXmlFiles.VISIBLE));
        assertThat(everythingKept(outcome)).doesNotContain(SECRET);
    }

    /** POI parses the parts of a Word document with DOCTYPE declarations disallowed: the file fails, safely. */
    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("refusedForTheDoctype")
    @Timeout(60)
    void aWordDocumentWithADoctypeFailsWithThatReasonAndFetchesNothing(Format format, Attack attack) throws Exception {
        Path file = files.write(folder, format, attack);

        Extraction outcome = extractor.extract(file);

        assertThat(requests).as("requests the server received").isEmpty();
        assertThat(outcome).asInstanceOf(type(Extraction.Failed.class)).extracting(Extraction.Failed::reason)
                .asString().contains(DOCTYPE_REFUSED);
        assertThat(everythingKept(outcome)).doesNotContain(SECRET);
    }

    /** The worker JVMs Dossier parses in run the same Tika: one worker reads every hostile file in turn. */
    @Test
    @Timeout(120)
    void anIsolatedWorkerFetchesNothingEitherAndEndsEachFileAsThisJvmDoes() throws Exception {
        Map<Path, Extraction> isolatedOutcomes = new LinkedHashMap<>();
        try (IsolatedExtractor isolated = new IsolatedExtractor(
                new ExtractorSettings(1_000_000, ArchiveLimits.DEFAULTS, Ocr.off()), 1, Duration.ofSeconds(60),
                256L << 20)) {
            for (Format format : Format.values()) {
                for (Attack attack : Attack.values()) {
                    Path file = files.write(folder, format, attack);

                    isolatedOutcomes.put(file, isolated.extract(file));
                }
            }
        }

        assertThat(isolatedOutcomes).hasSize(Format.values().length * Attack.values().length)
                .allSatisfy((file, outcome) -> assertThat(outcome).isEqualTo(extractor.extract(file)));
        assertThat(requests).as("requests the server received").isEmpty();
    }

    /** The control: a parser that resolves what it is told to does fetch, so the files above are real attacks. */
    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyFormatAndAttack")
    @Timeout(60)
    void everyHostileFileDoesAttackAParserThatTrustsIt(Format format, Attack attack) throws Exception {
        Path file = files.write(folder, format, attack);

        String text = parseTrustingly(HostileXmlFiles.carrier(file, format));

        assertThat(requests).as("requests the server received").contains("GET " + switch (attack) {
            case EXTERNAL_ENTITY -> "/entity";
            case EXTERNAL_DTD -> "/dtd";
            case PARAMETER_ENTITY -> "/leak?" + SECRET; // the secret, sent out by the DTD the server gave
            case XINCLUDE -> "/xinclude";
        });
        if (attack == Attack.EXTERNAL_ENTITY || attack == Attack.XINCLUDE) {
            assertThat(text).contains(SECRET);
        }
    }

    static Stream<Arguments> everyFormatAndAttack() {
        return Arrays.stream(Format.values())
                .flatMap(format -> Arrays.stream(Attack.values()).map(attack -> Arguments.of(format, attack)));
    }

    static Stream<Arguments> readDespiteTheAttack() {
        return everyFormatAndAttack().filter(arguments -> !refusesTheDoctype(arguments));
    }

    static Stream<Arguments> refusedForTheDoctype() {
        return everyFormatAndAttack().filter(HostileXmlTest::refusesTheDoctype);
    }

    private static boolean refusesTheDoctype(Arguments arguments) {
        return refusesTheDoctype((Format) arguments.get()[0], (Attack) arguments.get()[1]);
    }

    private static boolean refusesTheDoctype(Format format, Attack attack) {
        return (format == Format.DOCX || format == Format.DOCX_CONTENT_TYPES) && attack != Attack.XINCLUDE;
    }

    /** A record's string form holds every component: each part's text, title, author, mail headers and error. */
    private static String everythingKept(Extraction outcome) {
        return String.valueOf(outcome);
    }

    /** The JDK's parser with its defaults and XInclude on; the text of the document, or "" when it fails. */
    private static String parseTrustingly(byte[] xml) throws Exception {
        DocumentBuilderFactory trusting = DocumentBuilderFactory.newInstance();
        trusting.setNamespaceAware(true);
        trusting.setXIncludeAware(true);
        DocumentBuilder builder = trusting.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // quiet: a fatal error is thrown, not printed
        try {
            return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement().getTextContent();
        } catch (SAXException e) {
            return ""; // the parameter entity's DTD ends in what the server answered to the leak, not a DTD
        }
    }
}

package org.dossier.indexer.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;

import org.apache.tika.exception.TikaException;
import org.dossier.indexer.ReasonCount;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** What a parser throws, said in words a journalist understands, then what to do, then the parser's own message. */
class PlainReasonsTest {

    @Test
    void aClassCastDeepInPoiReadsAsADamagedOrUnusualFile() {
        TikaException thrown = new TikaException("Unexpected RuntimeException from OutlookPSTParser",
                new ClassCastException("class org.apache.poi.hsmf.datatypes.ByteChunk cannot be cast to class "
                        + "org.apache.poi.hsmf.datatypes.StringChunk"));

        assertThat(PlainReasons.failed(thrown))
                .startsWith("the file's internal structure is damaged or unusual; Tika could not read it — ")
                .endsWith("(ClassCastException: class org.apache.poi.hsmf.datatypes.ByteChunk cannot be cast to class "
                        + "org.apache.poi.hsmf.datatypes.StringChunk)");
    }

    @Test
    void aFileThatEndsTooSoonIsCalledCutShortWithWhatToDo() {
        assertThat(PlainReasons.failed(new TikaException("TIKA-198", new EOFException("Unexpected end of ZLIB input"))))
                .startsWith("the file is cut short or damaged (perhaps not copied completely) — copy it again");
    }

    @Test
    void refusedXmlSaysSoAndKeepsTheParsersWords() {
        assertThat(PlainReasons.failed(new SAXParseException("DOCTYPE is disallowed when the feature is set", null)))
                .startsWith("its XML is malformed or unsafe")
                .endsWith("(SAXParseException: DOCTYPE is disallowed when the feature is set)");
    }

    @Test
    void anEmbeddedFailureIsReadFromTheFirstLineOfItsStackTrace() {
        String firstLine = "java.lang.ArrayIndexOutOfBoundsException: Index 12 out of bounds for length 4";

        assertThat(PlainReasons.failedEmbedded(firstLine)).startsWith("the file's internal structure is damaged")
                .endsWith("(ArrayIndexOutOfBoundsException: Index 12 out of bounds for length 4)");
    }

    @Test
    void onlyAZeroBytePartCountsAsEmpty() {
        assertThat(PlainReasons.isEmptyPart("org.apache.tika.exception.ZeroByteFileException: InputStream must have > 0 bytes"))
                .isTrue();
        assertThat(PlainReasons.isEmptyPart("java.lang.ClassCastException: …")).isFalse();
        assertThat(PlainReasons.isEmptyPart(null)).isFalse();
    }

    @Test
    void everyReasonOfAKindSharesItsHeadline() {
        assertThat(ReasonCount.headlineOf(PlainReasons.failed(new ClassCastException("a"))))
                .isEqualTo(ReasonCount.headlineOf(PlainReasons.failed(new NullPointerException("b"))))
                .isEqualTo("the file's internal structure is damaged or unusual; Tika could not read it");
        assertThat(ReasonCount.headlineOf(PlainReasons.EMPTY_FILE)).isEqualTo("empty file");
        assertThat(ReasonCount.headlineOf("could not parse: bad trailer")).as("a reason from before").isEqualTo("could not parse");
    }
}

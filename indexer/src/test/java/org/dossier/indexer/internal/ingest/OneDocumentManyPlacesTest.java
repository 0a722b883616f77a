package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.ArchiveFiles;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchRequest;
import org.dossier.indexer.SearchResults;
import org.dossier.indexer.TestFiles;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.TikaExtractor;
import org.dossier.indexer.internal.search.LuceneDocumentSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same bytes at several places (a memo filed in a folder and attached to an e-mail, a file in two folders, an
 * archive entry) are indexed once — one set of passages, one extraction for a whole-file copy — and found once, with
 * every place; removing the place that held the passages keeps the content searchable at the others.
 */
class OneDocumentManyPlacesTest {

    private static final String MEMO = "Memo on the pilotage tender. The harbour master Ivo Rasmussen agreed the "
            + "quayside surcharge of 38,500 euros with Bluewater before the tender was published.";

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    @Test
    void aFileAndTheSameFileAttachedToAnEmailAreOneDocumentWithBothPlaces() throws Exception {
        write(folder.resolve("memos/pilotage.txt"), MEMO);
        TestFiles.emailWithAttachment(folder.resolve("mail/forwarded.eml"), "pilotage.txt", MEMO);
        try (IndexerStack stack = new IndexerStack(dataDir)) {
            stack.indexing.index(folder);

            List<PassageHit> hits = stack.index.search("quayside surcharge Rasmussen", 10);

            assertThat(hits).extracting(PassageHit::documentId).as("one document's passages, once").hasSize(1);
            long shown = hits.getFirst().documentId();
            List<String> places = new ArrayList<>(List.of(place(stack.catalog.find(shown).orElseThrow())));
            stack.catalog.copies(shown).forEach(copy -> places.add(place(copy)));
            assertThat(places).containsExactlyInAnyOrder("memos/pilotage.txt", "mail/forwarded.eml!/pilotage.txt");
            assertThat(stack.recovery.check().agrees()).as("catalog and index agree on the passages").isTrue();
        }
    }

    @Test
    void theSearchPageShowsTheContentOnceWithItsOtherPlaces() throws Exception {
        write(folder.resolve("memos/pilotage.txt"), MEMO);
        TestFiles.emailWithAttachment(folder.resolve("mail/forwarded.eml"), "pilotage.txt", MEMO);
        try (IndexerStack stack = new IndexerStack(dataDir)) {
            stack.indexing.index(folder);

            SearchResults results = new LuceneDocumentSearch(stack.index.passages(), stack.catalog)
                    .search(new SearchRequest("quayside surcharge", List.of(), SearchRequest.Order.RELEVANCE, 1, 20));

            assertThat(results.page()).hasSize(1);
            SearchResults.DocumentMatch match = results.page().getFirst();
            assertThat(match.copies()).hasSize(1);
            assertThat(List.of(place(match.document()), place(match.copies().getFirst())))
                    .containsExactlyInAnyOrder("memos/pilotage.txt", "mail/forwarded.eml!/pilotage.txt");
        }
    }

    @Test
    void aWholeFileFiledAgainIsNeitherExtractedNorIndexedAgain() throws Exception {
        write(folder.resolve("a/pilotage.txt"), MEMO);
        CountingExtractor extractor = new CountingExtractor();
        try (IndexerStack stack = new IndexerStack(dataDir, extractor, 1)) {
            stack.indexing.index(folder);
            write(folder.resolve("b/pilotage-copy.txt"), MEMO);
            ArchiveFiles.write(folder.resolve("c/leak.zip"),
                    ArchiveFiles.zip(Map.of("memos/pilotage.txt", ArchiveFiles.text(MEMO))));
            extractor.extracted.clear();

            stack.indexing.index(folder);

            assertThat(extractor.extracted).as("the copy in b/ is known by its SHA-256 before extraction")
                    .containsExactly("leak.zip");
            List<PassageHit> hits = stack.index.search("quayside surcharge Rasmussen", 10);
            assertThat(hits).hasSize(1);
            assertThat(place(stack.catalog.find(hits.getFirst().documentId()).orElseThrow()))
                    .isEqualTo("a/pilotage.txt");
            assertThat(stack.catalog.copies(hits.getFirst().documentId())).extracting(OneDocumentManyPlacesTest::place)
                    .containsExactlyInAnyOrder("b/pilotage-copy.txt", "c/leak.zip!/memos/pilotage.txt");
        }
    }

    @Test
    void removingThePlaceThatHeldThePassagesKeepsTheContentAtTheOthers() throws Exception {
        write(folder.resolve("a/pilotage.txt"), MEMO);
        TestFiles.emailWithAttachment(folder.resolve("mail/forwarded.eml"), "pilotage.txt", MEMO);
        write(folder.resolve("b/pilotage-copy.txt"), MEMO);
        try (IndexerStack stack = new IndexerStack(dataDir)) {
            stack.indexing.index(folder);
            long original = stack.index.search("quayside surcharge", 10).getFirst().documentId();
            DocumentRecord originalPlace = stack.catalog.find(original).orElseThrow();
            Files.delete(folder.resolve(originalPlace.path()));

            stack.indexing.index(folder);

            List<PassageHit> hits = stack.index.search("quayside surcharge Rasmussen", 10);
            assertThat(hits).as("still found, once").hasSize(1);
            DocumentRecord holder = stack.catalog.find(hits.getFirst().documentId()).orElseThrow();
            List<String> places = new ArrayList<>(List.of(place(holder)));
            stack.catalog.copies(holder.id()).forEach(copy -> places.add(place(copy)));
            assertThat(places).doesNotContain(place(originalPlace)).hasSize(2);
            assertThat(stack.recovery.check().agrees()).isTrue();
        }
    }

    /** Where a document is, as a person would name it: the file, then the place inside it. */
    private static String place(DocumentRecord document) {
        return document.entry().isEmpty() ? document.path() : document.path() + "!" + document.entry();
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Tika, counting the files it is asked to extract. */
    private static final class CountingExtractor implements Extractor {

        private final TikaExtractor tika = new TikaExtractor(IndexerProperties.defaults().maxExtractedChars());
        final List<String> extracted = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Extraction extract(Path file) {
            extracted.add(file.getFileName().toString());
            return tika.extract(file);
        }

        @Override
        public String version() {
            return tika.version();
        }
    }
}

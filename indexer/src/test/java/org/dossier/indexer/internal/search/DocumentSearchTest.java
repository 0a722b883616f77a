package org.dossier.indexer.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.NoSuchElementException;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.Facet;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.MalformedQueryException;
import org.dossier.indexer.OriginalFile;
import org.dossier.indexer.OriginalUnavailableException;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchRequest;
import org.dossier.indexer.SearchResults;
import org.dossier.indexer.internal.ingest.SourceOriginals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page's search and the originals, on a real index and catalog: the query language finds what it says,
 * facets count documents and narrow them, matched words are marked, and an original is handed out only while it is
 * the file that was indexed.
 */
class DocumentSearchTest {

    @TempDir
    static Path folder;
    @TempDir
    static Path dataDir;
    private static IndexerStack stack;
    private static LuceneDocumentSearch search;
    private static SourceOriginals originals;

    @BeforeAll
    static void indexThreeFiles() throws Exception {
        Files.createDirectories(folder.resolve("contracts"));
        Files.createDirectories(folder.resolve("notes"));
        Files.writeString(folder.resolve("contracts/signed.txt"),
                "The dredging contract was signed by the harbour master.");
        Files.writeString(folder.resolve("contracts/invoice.txt"), "A dredging invoice for May, not a contract.");
        Files.writeString(folder.resolve("notes/call.md"), "Call notes: the harbour board asked about the contract.");
        Files.writeString(folder.resolve("notes/changing.txt"), "Text that will change after indexing.");
        stack = new IndexerStack(dataDir);
        stack.indexing.index(folder);
        search = new LuceneDocumentSearch(stack.index.passages(), stack.catalog);
        originals = new SourceOriginals(stack.catalog);
    }

    @AfterAll
    static void close() throws Exception {
        stack.close();
    }

    @Test
    void theQueryLanguageFindsWhatItSays() {
        assertThat(paths("\"dredging contract\"")).containsExactly("contracts/signed.txt");
        assertThat(paths("dredging -invoice")).containsExactly("contracts/signed.txt");
        assertThat(paths("dredging AND NOT invoice")).containsExactly("contracts/signed.txt");
        assertThat(paths("invoice OR harbour")).containsExactlyInAnyOrder("contracts/signed.txt",
                "contracts/invoice.txt", "notes/call.md");
        assertThat(paths("contract path:contracts/")).containsExactlyInAnyOrder("contracts/signed.txt",
                "contracts/invoice.txt");
        assertThat(paths("dredg*")).hasSize(2);
        assertThat(paths("harbor~")).containsExactlyInAnyOrder("contracts/signed.txt", "notes/call.md");
        assertThat(paths("\"dredging signed\"~5")).containsExactly("contracts/signed.txt");
        assertThat(paths("type:text/plain")).containsExactlyInAnyOrder("contracts/signed.txt",
                "contracts/invoice.txt", "notes/changing.txt");
        assertThat(paths("")).hasSize(4);
    }

    @Test
    void facetsCountDocumentsAndNarrowThem() {
        SearchResults all = results("contract", List.of());
        SearchResults notes = results("contract", List.of(new Facet.FacetChoice(Facet.FOLDER, "notes")));

        assertThat(all.documents()).isEqualTo(3);
        assertThat(all.facets().get(Facet.FOLDER)).containsExactly(new Facet.Count(Facet.FOLDER, "contracts", 2),
                new Facet.Count(Facet.FOLDER, "notes", 1));
        assertThat(notes.page()).extracting(m -> m.document().path()).containsExactly("notes/call.md");
        assertThat(notes.facets().get(Facet.FOLDER)).containsExactly(new Facet.Count(Facet.FOLDER, "notes", 1));
    }

    @Test
    void aDocumentCountsUnderEveryFolderItLiesIn() {
        assertThat(LuceneDocumentSearch.FacetValues.folders("mail/2024/q3/a.eml"))
                .containsExactly("mail", "mail/2024", "mail/2024/q3");
        assertThat(LuceneDocumentSearch.FacetValues.folders("top.txt")).containsExactly("(top folder)");
        assertThat(results("contract", List.of(new Facet.FacetChoice(Facet.FOLDER, "contracts"))).documents())
                .isEqualTo(2);
    }

    @Test
    void theWordsThatMatchedAreMarkedButNotThoseExcluded() {
        SearchResults.PassageMatch match = results("signed -invoice", List.of()).page().getFirst().best().getFirst();

        assertThat(match.marks()).extracting(mark -> match.passage().text().substring(mark.start(), mark.end()))
                .containsExactly("signed");
    }

    @Test
    void aMalformedQueryIsOneLineThatSaysWhy() {
        for (String query : List.of("contract AND", "\"open phrase", "(open", "colour:red", "*tract")) {
            assertThatThrownBy(() -> paths(query)).as(query).isInstanceOf(MalformedQueryException.class)
                    .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
        }
        assertThatThrownBy(() -> paths("colour:red")).hasMessageContaining("from:, to:, subject:, path: and type:");
    }

    @Test
    void aDocumentsPassagesComeInTheirOrder() {
        long id = document("contracts/signed.txt").id();

        List<PassageHit> passages = search.passagesOf(id);

        assertThat(passages).isNotEmpty().extracting(PassageHit::ordinal).isSorted();
        assertThat(passages.getFirst().text()).startsWith("The dredging contract");
        assertThat(search.passagesOf(987654321L)).isEmpty();
    }

    @Test
    void anOriginalIsHandedOutWhileItIsTheFileThatWasIndexed() throws Exception {
        OriginalFile original = originals.open(document("contracts/signed.txt").id());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.content().copyTo(bytes);

        assertThat(bytes.toByteArray()).isEqualTo(Files.readAllBytes(folder.resolve("contracts/signed.txt")));
        assertThat(original.fileName()).isEqualTo("signed.txt");
        assertThat(original.mediaType()).startsWith("text/plain");
        assertThatThrownBy(() -> originals.open(987654321L)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aChangedFileIsRefusedEvenWithItsOldSizeAndTime() throws Exception {
        Path file = folder.resolve("notes/changing.txt");
        long id = document("notes/changing.txt").id();
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);

        Files.writeString(file, text.toUpperCase());
        Files.setLastModifiedTime(file, time);

        assertThatThrownBy(() -> originals.open(id)).isInstanceOf(OriginalUnavailableException.class)
                .hasMessageContaining("changed since it was indexed");
        Files.delete(file);
        assertThatThrownBy(() -> originals.open(id)).isInstanceOf(OriginalUnavailableException.class)
                .hasMessageContaining("no longer in");
    }

    @Test
    void aFileReplacedByASymbolicLinkIsNeverFollowed() throws Exception {
        Path file = folder.resolve("contracts/invoice.txt");
        long id = document("contracts/invoice.txt").id();
        Path elsewhere = Files.writeString(dataDir.resolve("secret.txt"), Files.readString(file));
        Files.setLastModifiedTime(elsewhere, Files.getLastModifiedTime(file));
        Files.delete(file);
        Files.createSymbolicLink(file, elsewhere);

        assertThatThrownBy(() -> originals.open(id)).isInstanceOf(OriginalUnavailableException.class)
                .hasMessageContaining("symbolic link");
    }

    private static SearchResults results(String query, List<Facet.FacetChoice> facets) {
        return search.search(new SearchRequest(query, facets, SearchRequest.Order.RELEVANCE, 1, 100));
    }

    private static List<String> paths(String query) {
        return results(query, List.of()).page().stream().map(m -> m.document().path()).toList();
    }

    private static DocumentRecord document(String path) {
        return results("", List.of()).page().stream().map(SearchResults.DocumentMatch::document)
                .filter(d -> d.path().equals(path)).findFirst().orElseThrow();
    }
}

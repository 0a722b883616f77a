package org.dossier.web.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The self-check's question set ({@code selfcheck/sample-questions.tsv}) says what {@code sample-docs/README.md}
 * says: the same questions in the same order, kinds, sources and words — so that a question added to or changed in
 * the README without the file (or the other way round) fails here.
 */
class SampleQuestionsTest {

    private static final Path README = Path.of(System.getProperty("dossier.sample-docs", "../sample-docs"),
            "README.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final List<SampleQuestion> questions = SampleQuestions.load();

    @Test
    void everyReadmeQuestionIsInTheFileInOrderWithItsKindAndSources() throws Exception {
        List<String[]> asWritten = rows("## Questions the corpus answers");
        List<String[]> others = rows("## Questions in other words");
        List<String> readmeQuestions = new ArrayList<>();
        asWritten.forEach(row -> readmeQuestions.add(row[1]));
        others.forEach(row -> readmeQuestions.add(row[2]));

        assertThat(asWritten).hasSize(8);
        assertThat(others).hasSize(10);
        assertThat(questions).extracting(SampleQuestion::question).containsExactlyElementsOf(readmeQuestions);
        assertThat(questions).extracting(SampleQuestion::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 18).boxed().toList());
        for (int i = 0; i < asWritten.size(); i++) {
            String[] row = asWritten.get(i);
            SampleQuestion question = questions.get(i);
            assertThat(question.kind()).isEqualTo("as written");
            assertThat(question.answerable()).isTrue();
            assertThat(question.sources()).as(row[1]).containsExactlyElementsOf(files(row[3]));
            assertThat(question.words()).as(row[1]).containsExactlyElementsOf(code(row[4]));
        }
        for (int i = 0; i < others.size(); i++) {
            String[] row = others.get(i);
            SampleQuestion question = questions.get(asWritten.size() + i);
            assertThat(question.kind()).as(row[2]).isEqualTo(row[1]);
            assertThat(question.answerable()).as(row[2]).isEqualTo(!row[4].equals("—"));
            assertThat(question.sources()).as(row[2]).containsExactlyElementsOf(files(row[4]));
            assertThat(question.words()).as("words of %s, from its expected answer", row[2])
                    .allSatisfy(word -> assertThat(AnswerScorer.folded(row[3])).contains(AnswerScorer.folded(word)));
        }
    }

    @Test
    void answerableQuestionsNameWordsAndUnanswerableOnesNone() {
        assertThat(questions).filteredOn(SampleQuestion::answerable).hasSize(15)
                .allSatisfy(question -> assertThat(question.words()).isNotEmpty());
        assertThat(questions).filteredOn(question -> !question.answerable()).hasSize(3)
                .allSatisfy(question -> assertThat(question.words()).isEmpty());
    }

    @Test
    void aMalformedLineIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> SampleQuestions.parse("1\tas written\tWho?\tyes\ta.txt\n"))
                .hasMessageContaining("expected 6 tab-separated columns, got 5");
        assertThatThrownBy(() -> SampleQuestions.parse("1\tas written\tWho?\tmaybe\ta.txt\tx\n"))
                .hasMessageContaining("answerable is yes or no");
        assertThatThrownBy(() -> SampleQuestions.parse("1\tunanswerable\tWho?\tno\ta.txt\t\n"))
                .hasMessageContaining("an unanswerable one none");
    }

    /** The numbered rows of the table under a heading, split into cells (the leading empty cell dropped). */
    private static List<String[]> rows(String heading) throws Exception {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf(lines.stream().filter(line -> line.startsWith(heading)).findFirst().orElseThrow());
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.matches("\\| \\d+ \\|.*")) {
                String[] cells = line.split("\\|");
                rows.add(Arrays.stream(cells, 1, cells.length).map(String::strip).toArray(String[]::new));
            }
        }
        return rows;
    }

    private static List<String> code(String cell) {
        List<String> found = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<String> files(String cell) {
        return code(cell).stream().filter(text -> text.contains("/")).toList();
    }
}

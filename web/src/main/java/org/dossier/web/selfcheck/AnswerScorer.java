package org.dossier.web.selfcheck;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.assistant.Answer;
import org.dossier.assistant.AnswerMode;
import org.dossier.assistant.Citation;
import org.dossier.assistant.QuoteCheck;
import org.dossier.engine.AnswerSelfCheck;

/**
 * Scores one answer against what its sample question expects, from the answer alone: the files its text cites by
 * number, the expected words in its text (letter case and accents aside: "Ayse" counts for "Ayşe"), the citation
 * numbers the pipeline found pointing nowhere, the quotations it verified, and whether it answered (a model's
 * answer) or refused (the documents don't say, or no model was asked) as the question deserves.
 */
final class AnswerScorer {

    /** The [n] and [n, m] an answer cites by, as the pipeline's citation checker reads them. */
    private static final Pattern CITED = Pattern.compile("\\[(\\d+(?:\\s*,\\s*\\d+)*)]");

    AnswerSelfCheck.Scored score(SampleQuestion asked, Answer answer) {
        List<String> cited = citedFiles(answer);
        boolean answered = answer.mode() == AnswerMode.GENERATED;
        boolean sourceCited = !asked.answerable() || asked.sources().stream()
                .allMatch(source -> cited.stream().anyMatch(file -> sameFile(file, source)));
        String text = folded(answer.text());
        List<String> missing = asked.answerable()
                ? asked.words().stream().filter(word -> !text.contains(folded(word))).toList() : List.of();
        int verified = (int) answer.quotes().stream().filter(QuoteCheck::verified).count();
        return new AnswerSelfCheck.Scored(asked.number(), asked.kind(), asked.question(), asked.answerable(),
                answer.mode().name(), cited, sourceCited, missing, answer.invalidCitations(), answer.quotes().size(),
                verified, answered == asked.answerable());
    }

    /** The files of the passages the text cites, each once, in the order first cited. */
    private static List<String> citedFiles(Answer answer) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher matcher = CITED.matcher(answer.text());
        while (matcher.find()) {
            for (String number : matcher.group(1).split(",")) {
                numbers.add(Integer.parseInt(number.strip()));
            }
        }
        Set<String> files = new LinkedHashSet<>();
        for (int number : numbers) {
            answer.citations().stream().filter(citation -> citation.number() == number).map(Citation::file)
                    .findFirst().ifPresent(files::add);
        }
        return new ArrayList<>(files);
    }

    /** A citation's file is relative to its source folder: sample-docs itself, or a folder that holds it. */
    private static boolean sameFile(String cited, String expected) {
        String file = cited.replace('\\', '/');
        return file.equals(expected) || file.endsWith("/" + expected);
    }

    /** Lower case, accents and spacing aside (ı, which has no decomposition, as i). */
    static String folded(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replace('ı', 'i').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

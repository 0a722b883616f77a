package org.dossier.assistant.retrieve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dossier.indexer.PassageHit;

/**
 * Drops a passage whose words largely repeat one ranked above it (the same memo saved twice, a reply quoting the
 * message it answers), so an answer's few passages are not spent on one text. Words are compared as overlapping
 * runs of {@value #SHINGLE} words.
 */
final class NearDuplicates {

    static final int SHINGLE = 4;
    /** Share of the shorter passage's word runs found in the other one above which it counts as a duplicate. */
    static final double THRESHOLD = 0.8;

    private NearDuplicates() {
    }

    static List<PassageHit> collapse(List<PassageHit> ranked, int limit) {
        List<PassageHit> kept = new ArrayList<>();
        List<Set<String>> keptShingles = new ArrayList<>();
        for (PassageHit hit : ranked) {
            if (kept.size() == limit) {
                break;
            }
            Set<String> shingles = shingles(hit.text());
            if (keptShingles.stream().noneMatch(other -> overlap(shingles, other) >= THRESHOLD)) {
                kept.add(hit);
                keptShingles.add(shingles);
            }
        }
        return kept;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long shared = smaller.stream().filter(larger::contains).count();
        return shared / (double) smaller.size();
    }

    private static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        Set<String> shingles = new HashSet<>();
        if (words.length < SHINGLE) {
            shingles.add(String.join(" ", words));
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            shingles.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + SHINGLE)));
        }
        return shingles;
    }
}

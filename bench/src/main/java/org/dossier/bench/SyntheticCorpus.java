package org.dossier.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Seeded synthetic passages, vectors and queries for latency measurements: the same seed gives the same corpus
 * on every machine, and any passage or vector can be made again from its number alone (nothing is kept in memory).
 *
 * <p>Words are drawn from a made-up vocabulary with a Zipf-like distribution (weight of the word of rank r is
 * 1/r), as in natural text: a few words occur in nearly every passage and most are rare, so BM25 meets both long
 * and short postings lists. Query words skip the most frequent ranks, which play the part of function words
 * that Dossier's stop list drops from real queries. Vectors are either {@link ClusteredVectors} (shaped like
 * sentence embeddings: the default, since a latency taken where kNN does not find its neighbours measures nothing
 * useful) or independent uniform unit vectors (the hardest case for an HNSW graph, kept for comparison).
 */
final class SyntheticCorpus {

    static final int DIMENSIONS = 384;
    private static final String[] CONSONANTS = "b c d f g h k l m n p r s t v z".split(" ");
    private static final String[] VOWELS = "a e i o u".split(" ");
    /** Ranks below this are too common to appear in a query. */
    private static final int QUERY_SKIPS_TOP_RANKS = 100;

    private final long seed;
    private final String[] words;
    private final double[] cumulative;
    private final int passageWords;
    /** Null for uniform vectors. */
    private final ClusteredVectors clustered;

    SyntheticCorpus(long seed, int vocabulary, int passageWords, ClusteredVectors clustered) {
        this.seed = seed;
        this.passageWords = passageWords;
        this.clustered = clustered;
        this.words = vocabulary(new SplittableRandom(seed), vocabulary);
        this.cumulative = new double[vocabulary];
        double sum = 0;
        for (int rank = 0; rank < vocabulary; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < vocabulary; rank++) {
            cumulative[rank] /= sum;
        }
    }

    /** The text of passage {@code n}: {@code passageWords} words, ± a quarter, in sentences of about 15 words. */
    String passage(long n) {
        SplittableRandom random = random(1, n);
        int count = passageWords * 3 / 4 + random.nextInt(passageWords / 2 + 1);
        StringBuilder text = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            text.append(words[zipfRank(random)]);
            text.append(i % 15 == 14 || i == count - 1 ? ". " : " ");
        }
        return text.toString().strip();
    }

    /** The vector of passage {@code n}. */
    float[] passageVector(long n) {
        return clustered != null ? clustered.passage(n) : unitVector(random(2, n));
    }

    /** Query {@code n}: three to five words. */
    String query(int n) {
        SplittableRandom random = random(3, n);
        int count = 3 + random.nextInt(3);
        List<String> terms = new ArrayList<>(count);
        while (terms.size() < count) {
            int rank = zipfRank(random);
            if (rank >= QUERY_SKIPS_TOP_RANKS) {
                terms.add(words[rank]);
            }
        }
        return String.join(" ", terms);
    }

    float[] queryVector(int n) {
        return clustered != null ? clustered.query(n) : unitVector(random(4, n));
    }

    /** A stream of randomness per (purpose, number), so that passage n is the same however many are made. */
    private SplittableRandom random(int purpose, long n) {
        return new SplittableRandom(seed * 31 + purpose * 1_000_003L + n * 0x9E3779B97F4A7C15L);
    }

    private int zipfRank(SplittableRandom random) {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
    }

    private static float[] unitVector(SplittableRandom random) {
        float[] vector = new float[DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            double value = gaussian(random);
            vector[i] = (float) value;
            norm += value * value;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    /** Box-Muller: SplittableRandom has no nextGaussian of its own. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Distinct pronounceable words of two to four syllables, none an English stop word. */
    private static String[] vocabulary(SplittableRandom random, int size) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                word.append(CONSONANTS[random.nextInt(CONSONANTS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toString())) {
                words.add(word.toString());
            }
        }
        return words.toArray(String[]::new);
    }
}

package nl.waardevol.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NeighboursTest {
  private static final int HOUDING = 1;
  private static final int PROCES = 2;

  private final List<String[]> passages = new ArrayList<>();
  private final List<Integer> lenses = new ArrayList<>();
  private final List<Integer> weights = new ArrayList<>();

  private void passage(int lensBits, int weight, String... lemmas) {
    TreeSet<String> features = new TreeSet<>();
    String previous = "<s>";
    for (String lemma : lemmas) {
      features.add("w=" + lemma);
      features.add("b=" + previous + "_" + lemma);
      previous = lemma;
    }
    features.add("r:stance=appreciative"); // a rule's decision, which likeness leaves out
    passages.add(features.toArray(String[]::new));
    lenses.add(lensBits);
    weights.add(weight);
  }

  private String[] dictionary() {
    TreeSet<String> all = new TreeSet<>();
    passages.forEach(features -> all.addAll(Arrays.asList(features)));
    all.add("w=onbekend");
    return all.toArray(String[]::new);
  }

  private Neighbours neighbours(String[] dictionary) {
    return Neighbours.of(
        dictionary,
        passages,
        lenses.stream().mapToInt(Integer::intValue).toArray(),
        weights.stream().mapToInt(Integer::intValue).toArray(),
        2);
  }

  private static int[] ids(String[] dictionary, String... features) {
    return Arrays.stream(features).mapToInt(f -> Arrays.binarySearch(dictionary, f)).toArray();
  }

  private void aTrainingCorpus() {
    for (int i = 0; i < 12; i++) {
      passage(HOUDING, 1, "juf", "bellen", "elk", "vrijdag", "even", "op", "x" + i);
      passage(PROCES, 1, "rooster", "vast", "elk", "week", "x" + i);
    }
  }

  @Test
  void aPassageToldLikeWarmthGetsTheVoteOfThePassagesToldLikeIt() {
    aTrainingCorpus();
    String[] dictionary = dictionary();
    double[] votes =
        neighbours(dictionary).vote(ids(dictionary, "w=bellen", "w=vrijdag", "b=bellen_elk"));
    assertArrayEquals(new double[] {1, 0}, votes, 1e-9);
  }

  @Test
  void aPassageThatSharesNoLemmaWithAnyGetsNoVote() {
    aTrainingCorpus();
    String[] dictionary = dictionary();
    assertNull(neighbours(dictionary).vote(ids(dictionary, "w=onbekend", "r:stance=appreciative")));
    assertNull(neighbours(dictionary).vote(new int[] {-1}));
  }

  @Test
  void aPassageCountedThreeTimesInTrainingVotesThreeTimes() {
    passage(HOUDING, 3, "vast", "juf");
    passage(PROCES, 1, "vast", "rooster");
    passage(0, 1, "kind", "school"); // so that "vast" is rarer than every passage
    String[] dictionary = dictionary();
    double[] votes = neighbours(dictionary).vote(ids(dictionary, "w=vast"));
    assertArrayEquals(new double[] {0.75, 0.25}, votes, 1e-9);
  }

  @Test
  void onlyTheMostAlikePassagesVote() {
    for (int i = 0; i < Neighbours.COUNT; i++) {
      passage(PROCES, 1, "rooster", "vast", "x" + i);
    }
    for (int i = 0; i < Neighbours.COUNT; i++) {
      passage(HOUDING, 1, "rooster", "juf", "warm", "x" + i);
    }
    String[] dictionary = dictionary();
    double[] votes =
        neighbours(dictionary).vote(ids(dictionary, "w=rooster", "w=juf", "w=warm", "b=juf_warm"));
    assertArrayEquals(new double[] {1, 0}, votes, 1e-9);
  }

  @Test
  void votesOnRandomPassagesLieBetweenNothingAndAllAndNeverVary() {
    Random random = new Random(7);
    String[] lemmas = {"juf", "rooster", "bellen", "vast", "warm", "week", "school", "kind"};
    for (int i = 0; i < 60; i++) {
      String[] words = new String[1 + random.nextInt(6)];
      Arrays.setAll(words, w -> lemmas[random.nextInt(lemmas.length)]);
      passage(random.nextInt(4), 1 + random.nextInt(3), words);
    }
    String[] dictionary = dictionary();
    Neighbours neighbours = neighbours(dictionary);
    for (int q = 0; q < 200; q++) {
      int[] query = random.ints(1 + random.nextInt(8), -1, dictionary.length).toArray();
      double[] votes = neighbours.vote(query);
      assertArrayEquals(votes, neighbours(dictionary).vote(query));
      if (votes != null) {
        for (double vote : votes) {
          assertTrue(vote >= 0 && vote <= 1 + 1e-12, "vote " + vote);
        }
      }
    }
    assertEquals(60, neighbours.termsOf().length);
  }
}

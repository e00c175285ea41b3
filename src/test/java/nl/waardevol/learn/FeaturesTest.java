package nl.waardevol.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.waardevol.stance.Stance;
import org.junit.jupiter.api.Test;

class FeaturesTest {
  private final Features features =
      new Features(Map.of("kind-zien", "houding", "samenwerking", "proces"));

  /** "Het rooster was fijn, maar niemand luisterde." as the rules read it. */
  private static Observation roster() {
    return new Observation(
        List.of(
            new Observation.Clause(
                List.of(word("het"), word("rooster"), word("zijn"), word("fijn")),
                Stance.APPRECIATIVE),
            new Observation.Clause(
                List.of(word("maar"), word("niemand"), new Observation.Word("luisteren", true)),
                Stance.DEFICIT)),
        List.of("wat", "helpen"),
        "ouder",
        Stance.APPRECIATIVE,
        Stance.DEFICIT,
        Map.of("kind-zien", Stance.DEFICIT),
        List.of("contrast"));
  }

  private static Observation.Word word(String lemma) {
    return new Observation.Word(lemma, false);
  }

  @Test
  void aPassageGivesItsLemmasBigramsAndWhereStanceTurns() {
    List<String> names = Arrays.asList(features.of(roster()));
    for (String expected :
        List.of(
            "w=rooster",
            "b=zijn_fijn",
            "b=<s>_het",
            "neg=luisteren",
            "last=luisteren",
            "r:stance=deficit",
            "r:clause=appreciative",
            "r:last=deficit",
            "r:code=kind-zien",
            "r:lens=houding",
            "r:lens=houding|deficit",
            "m=contrast",
            "q=helpen",
            "role=ouder",
            "asked=appreciative")) {
      assertTrue(names.contains(expected), expected + " in " + names);
    }
    assertFalse(names.contains("last=rooster"), names.toString());
  }

  @Test
  void aCodeAddsTheStanceTheRulesGaveIt() {
    List<String> given = Arrays.asList(features.ofCode(roster(), "kind-zien"));
    assertTrue(given.contains("k:rule=deficit"), given.toString());
    assertTrue(given.contains("k:lens=houding"), given.toString());
    List<String> absent = Arrays.asList(features.ofCode(roster(), "samenwerking"));
    assertTrue(absent.contains("k:rule=absent|passage=deficit"), absent.toString());
  }

  @Test
  void featuresAreSortedWithoutRepeatsWhateverTheWords() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<Observation.Word> words =
          random
              .ints(random.nextInt(12), 0, 6)
              .mapToObj(i -> new Observation.Word("w" + i, random.nextBoolean()))
              .toList();
      Observation observation =
          new Observation(
              List.of(new Observation.Clause(words, Stance.values()[random.nextInt(4)])),
              List.of(),
              "",
              Stance.NEUTRAL,
              Stance.NEUTRAL,
              Map.of(),
              List.of());
      String[] once = features.of(observation);
      String[] sorted = once.clone();
      Arrays.sort(sorted);
      assertArrayEquals(sorted, once);
      assertTrue(Arrays.stream(once).distinct().count() == once.length);
      assertArrayEquals(once, features.of(observation));
    }
  }
}

package nl.waardevol.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.learn.Decision;
import nl.waardevol.learn.Prediction;

/**
 * Chooses the passages a researcher should check first, for active learning: mostly those whose
 * decisions the model was least sure of, and a share of boundary cases of the commonest codes (the
 * passages where such a code was most nearly given or withheld), since correcting those moves the
 * model most where it matters most.
 */
public final class ReviewQueue {
  /** The share of the queue given to boundary cases of the commonest codes. */
  static final double BOUNDARY_SHARE = 0.2;

  /** How many of the commonest codes get boundary cases. */
  static final int COMMON_CODES = 3;

  private ReviewQueue() {}

  /** A passage to check and why it was chosen. */
  public record Item(CodedPassage passage, String reason) {}

  /** A coded passage with what the model decided for it. */
  public record Candidate(CodedPassage passage, Prediction prediction) {}

  /** At most {@code size} passages, least sure first, then the boundary cases. */
  public static List<Item> choose(List<Candidate> candidates, int size) {
    Map<String, Item> chosen = new LinkedHashMap<>();
    int boundary = (int) Math.round(size * BOUNDARY_SHARE);
    List<Candidate> leastSure =
        candidates.stream()
            .sorted(
                Comparator.comparingDouble(ReviewQueue::weakestProbability)
                    .thenComparing(c -> key(c.passage())))
            .toList();
    for (Candidate candidate : leastSure) {
      if (chosen.size() >= size - boundary) {
        break;
      }
      chosen.put(
          key(candidate.passage()), new Item(candidate.passage(), leastSureReason(candidate)));
    }
    for (Item item : boundaryCases(candidates, chosen.keySet())) {
      if (chosen.size() >= size) {
        break;
      }
      chosen.putIfAbsent(key(item.passage()), item);
    }
    for (Candidate candidate : leastSure) {
      if (chosen.size() >= size) {
        break;
      }
      chosen.putIfAbsent(
          key(candidate.passage()), new Item(candidate.passage(), leastSureReason(candidate)));
    }
    return List.copyOf(chosen.values());
  }

  /**
   * For each of the commonest codes in turn, the passage not yet chosen whose probability of that
   * code lies nearest 0.5.
   */
  private static List<Item> boundaryCases(List<Candidate> candidates, java.util.Set<String> taken) {
    Map<String, Integer> counts = new TreeMap<>();
    candidates.forEach(
        c -> c.prediction().codes().forEach(code -> counts.merge(code, 1, Integer::sum)));
    List<String> common =
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(COMMON_CODES)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, List<Item>> perCode = new LinkedHashMap<>();
    for (String code : common) {
      perCode.put(
          code,
          candidates.stream()
              .filter(c -> !taken.contains(key(c.passage())))
              .flatMap(c -> c.prediction().codeDecision(code).map(d -> new Near(c, d)).stream())
              .sorted(
                  Comparator.comparingDouble((Near near) -> near.decision().probability())
                      .thenComparing(near -> key(near.candidate().passage())))
              .map(
                  near ->
                      new Item(near.candidate().passage(), boundaryReason(code, near.decision())))
              .toList());
    }
    List<Item> interleaved = new ArrayList<>();
    int longest = perCode.values().stream().mapToInt(List::size).max().orElse(0);
    for (int rank = 0; rank < longest; rank++) {
      for (List<Item> items : perCode.values()) {
        if (rank < items.size()) {
          interleaved.add(items.get(rank));
        }
      }
    }
    return interleaved;
  }

  /**
   * A candidate with the model's decision on one code, found once rather than at each comparison.
   */
  private record Near(Candidate candidate, Decision decision) {}

  /**
   * How sure the model was of its least sure decision, given or not: a lens it nearly gave is worth
   * a human's look too, though the row's confidence leaves it out.
   */
  private static double weakestProbability(Candidate candidate) {
    Decision weakest = candidate.prediction().weakest();
    return weakest == null ? 1 : weakest.probability();
  }

  private static String leastSureReason(Candidate candidate) {
    Decision weakest = candidate.prediction().weakest();
    return weakest == null
        ? "least sure: the rules decided"
        : String.format(
            Locale.ROOT,
            "least sure: %s %s (%.2f)",
            weakest.model(),
            weakest.outcome(),
            weakest.probability());
  }

  private static String boundaryReason(String code, Decision decision) {
    return String.format(
        Locale.ROOT, "boundary of %s: %s (%.2f)", code, decision.outcome(), decision.probability());
  }

  private static String key(CodedPassage passage) {
    return passage.docId() + " #" + String.format(Locale.ROOT, "%06d", passage.passage());
  }
}

package nl.waardevol.learn;

import java.util.List;

/**
 * One decision a model took for a passage: which model, what it chose, how sure it was, and the
 * features that weighed most for that choice (for {@code explain --model}).
 *
 * @param model e.g. {@code lens:houding}, {@code code:eerlijkheid}, {@code stance}
 * @param outcome what it chose
 * @param probability the probability of that outcome
 * @param weights the features that pushed most towards it, strongest first
 */
public record Decision(String model, String outcome, double probability, List<Weight> weights) {
  public Decision {
    weights = List.copyOf(weights);
  }

  /** The lens whose giving this decides, or empty for a code or a stance. */
  public java.util.Optional<String> lens() {
    return named(Model.LENS);
  }

  /** The code whose giving this decides, or empty for a lens or a stance. */
  public java.util.Optional<String> code() {
    return named(Model.CODE);
  }

  private java.util.Optional<String> named(String kind) {
    return model.startsWith(kind)
        ? java.util.Optional.of(model.substring(kind.length()))
        : java.util.Optional.empty();
  }

  /** A feature and how much it added to the chosen outcome's score. */
  public record Weight(String feature, double weight) {}
}

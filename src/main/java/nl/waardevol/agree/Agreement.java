package nl.waardevol.agree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far an automatic coding agrees with a human one over the passages both coded: per label (code
 * or category) the counts behind precision, recall, F1, Cohen's kappa and binary alpha; over all
 * labels multi-valued alpha of the passages' sets and the share of identical sets. Passages in one
 * coding only are listed, not compared.
 */
public record Agreement(
    List<LabelAgreement> labels,
    int compared,
    List<PassageKey> onlyHuman,
    List<PassageKey> onlyAuto,
    int identical,
    OptionalDouble alpha) {
  /** A code with its lens, or a category (with no parent). */
  public record Label(String id, String parent) {}

  /** One label's counts over the compared passages. */
  public record LabelAgreement(Label label, ContingencyTable table) {}

  public Agreement {
    labels = List.copyOf(labels);
    onlyHuman = List.copyOf(onlyHuman);
    onlyAuto = List.copyOf(onlyAuto);
  }

  /**
   * Compares two codings. {@code labels} gives the rows and their order (the codebook's); a label
   * found in the codings but not listed gets a row after them, so that nothing is dropped.
   */
  public static Agreement compare(
      Map<PassageKey, Set<String>> human, Map<PassageKey, Set<String>> auto, List<Label> labels) {
    Set<PassageKey> both = new TreeSet<>(human.keySet());
    both.retainAll(auto.keySet());
    Map<String, Label> rows = rows(human, auto, labels);
    Map<String, ContingencyTable> tables = new LinkedHashMap<>();
    rows.keySet().forEach(id -> tables.put(id, ContingencyTable.EMPTY));
    List<List<Set<String>>> units = new ArrayList<>();
    int identical = 0;
    for (PassageKey key : both) {
      Set<String> h = human.get(key);
      Set<String> a = auto.get(key);
      tables.replaceAll((id, table) -> table.add(h.contains(id), a.contains(id)));
      units.add(List.of(h, a));
      identical += h.equals(a) ? 1 : 0;
    }
    List<LabelAgreement> results = new ArrayList<>();
    rows.forEach((id, label) -> results.add(new LabelAgreement(label, tables.get(id))));
    return new Agreement(
        results,
        both.size(),
        missing(human.keySet(), auto.keySet()),
        missing(auto.keySet(), human.keySet()),
        identical,
        KrippendorffAlpha.multiValued(units));
  }

  private static Map<String, Label> rows(
      Map<PassageKey, Set<String>> human, Map<PassageKey, Set<String>> auto, List<Label> labels) {
    Map<String, Label> rows = new LinkedHashMap<>();
    labels.forEach(label -> rows.put(label.id(), label));
    Set<String> unlisted = new TreeSet<>();
    human.values().forEach(unlisted::addAll);
    auto.values().forEach(unlisted::addAll);
    unlisted.removeAll(rows.keySet());
    unlisted.forEach(id -> rows.put(id, new Label(id, "")));
    return rows;
  }

  private static List<PassageKey> missing(Set<PassageKey> in, Set<PassageKey> from) {
    return in.stream().filter(key -> !from.contains(key)).sorted().toList();
  }

  /** All labels' counts added up: pooled (micro-averaged) precision, recall and F1. */
  public ContingencyTable pooled() {
    return labels.stream()
        .map(LabelAgreement::table)
        .reduce(ContingencyTable.EMPTY, ContingencyTable::plus);
  }

  /** The share of compared passages to which both coders gave exactly the same labels. */
  public OptionalDouble identicalShare() {
    return compared == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) identical / compared);
  }
}

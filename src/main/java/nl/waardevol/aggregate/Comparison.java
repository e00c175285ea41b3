package nl.waardevol.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.read.EarlierReport;
import nl.waardevol.stance.Stance;

/**
 * What changed since an earlier report: per group and code the valued passages and documents then
 * and now, the themes valued now and not then (new) and then and not now (faded), and whether the
 * codebook changed in between. Codes are matched by id, so a renamed code shows as one faded theme
 * and one new one, next to the codebook change that explains it.
 *
 * @param earlier the file the earlier report was read from
 * @param codebookBefore the earlier codebook as "id version (sha256 hash)"; equal to {@code
 *     codebookNow} when unchanged
 * @param byBefore the earlier report's --by keys; its groups are matched to today's only when equal
 * @param changes per group and code whose valued count changed, groups in report order
 */
public record Comparison(
    String earlier,
    String codebookBefore,
    String codebookNow,
    List<String> byBefore,
    List<Change> changes,
    List<Theme> newThemes,
    List<Theme> fadedThemes) {
  public Comparison {
    byBefore = List.copyOf(byBefore);
    changes = List.copyOf(changes);
    newThemes = List.copyOf(newThemes);
    fadedThemes = List.copyOf(fadedThemes);
  }

  public boolean codebookChanged() {
    return !codebookBefore.equals(codebookNow);
  }

  /** One code in one group, valued then and now. */
  public record Change(List<String> key, String codeId, String label, Count before, Count now) {
    public Change {
      key = List.copyOf(key);
    }

    public int passages() {
      return now.passages() - before.passages();
    }

    public int documents() {
      return now.documents() - before.documents();
    }
  }

  /** A code valued in one period only, with its valued count in that period. */
  public record Theme(String codeId, String label, Count valued) {}

  /**
   * Compares {@code report} with {@code earlier}. Documents add up across groups, as each document
   * belongs to exactly one group.
   */
  public static Comparison of(Report report, EarlierReport earlier, String language) {
    Codebook codebook = report.codebook();
    Map<List<String>, Map<String, Count>> now = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Group group : report.groups()) {
      for (CodeResult result : group.codes()) {
        if (result.valence() == Stance.APPRECIATIVE) {
          now.computeIfAbsent(group.key(), k -> new LinkedHashMap<>())
              .put(result.codeId(), result.count());
          labels.put(
              result.codeId(),
              codebook.code(result.codeId()).map(c -> c.label(language)).orElse(result.codeId()));
        }
      }
    }
    boolean sameGroups = earlier.by().equals(report.by());
    Map<List<String>, Map<String, Count>> before = new LinkedHashMap<>();
    for (EarlierReport.Entry entry : earlier.valued()) {
      List<String> key = sameGroups ? entry.key() : List.of();
      before
          .computeIfAbsent(key, k -> new LinkedHashMap<>())
          .merge(entry.codeId(), new Count(entry.documents(), entry.passages()), Comparison::plus);
      labels.putIfAbsent(entry.codeId(), entry.label());
    }
    List<Change> changes = sameGroups ? changes(now, before, labels) : List.of();
    Map<String, Count> totalNow = totals(now);
    Map<String, Count> totalBefore = totals(before);
    return new Comparison(
        earlier.source(),
        reference(earlier.codebookId(), earlier.codebookVersion(), earlier.codebookHash()),
        reference(codebook.id(), codebook.version(), codebook.hash()),
        earlier.by(),
        changes,
        onlyIn(totalNow, totalBefore, labels),
        onlyIn(totalBefore, totalNow, labels));
  }

  private static List<Change> changes(
      Map<List<String>, Map<String, Count>> now,
      Map<List<String>, Map<String, Count>> before,
      Map<String, String> labels) {
    Set<List<String>> keys = new LinkedHashSet<>(now.keySet());
    keys.addAll(before.keySet());
    List<Change> changes = new ArrayList<>();
    for (List<String> key : keys) {
      Map<String, Count> codesNow = now.getOrDefault(key, Map.of());
      Map<String, Count> codesBefore = before.getOrDefault(key, Map.of());
      Set<String> codes = new LinkedHashSet<>(codesNow.keySet());
      codes.addAll(codesBefore.keySet());
      for (String code : codes) {
        Count then = codesBefore.getOrDefault(code, Count.ZERO);
        Count today = codesNow.getOrDefault(code, Count.ZERO);
        if (!then.equals(today)) {
          changes.add(new Change(key, code, labels.get(code), then, today));
        }
      }
    }
    return changes;
  }

  private static Map<String, Count> totals(Map<List<String>, Map<String, Count>> groups) {
    Map<String, Count> totals = new LinkedHashMap<>();
    groups
        .values()
        .forEach(codes -> codes.forEach((code, n) -> totals.merge(code, n, Comparison::plus)));
    return totals;
  }

  private static List<Theme> onlyIn(
      Map<String, Count> these, Map<String, Count> others, Map<String, String> labels) {
    List<Theme> themes = new ArrayList<>();
    these.forEach(
        (code, count) -> {
          if (count.passages() > 0 && others.getOrDefault(code, Count.ZERO).passages() == 0) {
            themes.add(new Theme(code, labels.get(code), count));
          }
        });
    themes.sort(
        java.util.Comparator.comparingInt((Theme theme) -> -theme.valued().documents())
            .thenComparing(Theme::codeId));
    return themes;
  }

  private static Count plus(Count left, Count right) {
    return new Count(left.documents() + right.documents(), left.passages() + right.passages());
  }

  private static String reference(String id, String version, String hash) {
    return id + " " + version + " (sha256 " + hash + ")";
  }
}

package nl.waardevol.review;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import nl.waardevol.code.CodeStances;

/** A coding diff as Markdown, short enough for a pull-request comment. */
public final class DiffReport {
  private static final int EXAMPLES = 3;
  private static final int TEXT_WORDS = 25;

  private DiffReport() {}

  public static void print(String before, String after, CodingDiff diff, PrintWriter out) {
    out.printf("# Coding changes: %s → %s%n%n", before, after);
    out.printf(
        "%d passages in both, %d changed; %d only in %s, %d only in %s.%n%n",
        diff.inBoth(),
        diff.changedPassages(),
        diff.onlyBefore().size(),
        before,
        diff.onlyAfter().size(),
        after);
    List<CodingDiff.CodeChanges> changes = diff.changes();
    if (!changes.isEmpty()) {
      out.println("| code | gained | lost | net |");
      out.println("| --- | ---: | ---: | ---: |");
      for (CodingDiff.CodeChanges code : changes) {
        int net = code.gained().size() - code.lost().size();
        out.printf(
            "| %s | %d | %d | %+d |%n",
            code.codeId(), code.gained().size(), code.lost().size(), net);
      }
      out.println();
    }
    List<CodingDiff.ValenceChanges> valence = diff.valenceChanges();
    counts("valence", valence, DiffReport::direction, v -> v.passages().size(), out);
    List<CodingDiff.StanceChanges> stances = diff.stanceChanges();
    counts("code stance", stances, DiffReport::direction, c -> c.passages().size(), out);
    for (CodingDiff.CodeChanges code : changes) {
      examples(code.codeId() + " gained", code.gained(), true, out);
      examples(code.codeId() + " lost", code.lost(), false, out);
    }
    valence.forEach(v -> examples("valence " + direction(v), v.passages(), true, out));
    stances.forEach(c -> examples(direction(c), c.passages(), true, out));
    unmatched("only in " + before, diff.onlyBefore(), out);
    unmatched("only in " + after, diff.onlyAfter(), out);
    out.flush();
  }

  /** A table of how many passages changed in each way; nothing when none did. */
  private static <T> void counts(
      String heading,
      List<T> changes,
      Function<T, String> direction,
      ToIntFunction<T> passages,
      PrintWriter out) {
    if (changes.isEmpty()) {
      return;
    }
    out.printf("| %s | passages |%n", heading);
    out.println("| --- | ---: |");
    changes.forEach(c -> out.printf("| %s | %d |%n", direction.apply(c), passages.applyAsInt(c)));
    out.println();
  }

  private static String direction(CodingDiff.ValenceChanges changes) {
    return changes.from().id() + " → " + changes.to().id();
  }

  /** As {@code tijd: valued → hindered}, in the words of the coded table's columns. */
  private static String direction(CodingDiff.StanceChanges changes) {
    return changes.codeId()
        + ": "
        + CodeStances.name(changes.from())
        + " → "
        + CodeStances.name(changes.to());
  }

  /** {@code gained}: the terms that matched after the change explain it, else those before. */
  private static void examples(
      String title, List<CodingDiff.Change> changes, boolean gained, PrintWriter out) {
    if (changes.isEmpty()) {
      return;
    }
    out.printf("## %s (%d)%n%n", title, changes.size());
    for (CodingDiff.Change change : changes.subList(0, Math.min(EXAMPLES, changes.size()))) {
      List<String> why = gained ? change.after() : change.before();
      out.printf("- %s%s: %s%n", change.passage(), terms(change), excerpt(change.text(), why));
    }
    if (changes.size() > EXAMPLES) {
      out.printf("- and %d more%n", changes.size() - EXAMPLES);
    }
    out.println();
  }

  /** The code's matched terms before → after, as {@code (rust*, rustig → none)}. */
  private static String terms(CodingDiff.Change change) {
    if (change.before().isEmpty() && change.after().isEmpty()) {
      return "";
    }
    return " (" + list(change.before()) + " → " + list(change.after()) + ")";
  }

  private static String list(List<String> terms) {
    return terms.isEmpty() ? "none" : String.join(", ", terms);
  }

  private static void unmatched(
      String title, List<CodingDiff.PassageId> passages, PrintWriter out) {
    if (passages.isEmpty()) {
      return;
    }
    out.printf("## Passages %s (%d)%n%n", title, passages.size());
    passages.forEach(passage -> out.println("- " + passage));
    out.println();
  }

  /** The text, or if long a window of it around the first word of the first term that matched. */
  private static String excerpt(String text, List<String> terms) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= TEXT_WORDS) {
      return text.strip();
    }
    int hit = terms.isEmpty() ? 0 : firstWord(words, terms.get(0));
    int start = Math.max(0, Math.min(hit - TEXT_WORDS / 2, words.length - TEXT_WORDS));
    if (hit < TEXT_WORDS) {
      start = 0;
    }
    int end = start + TEXT_WORDS;
    return (start > 0 ? "…" : "")
        + String.join(" ", Arrays.copyOfRange(words, start, end))
        + (end < words.length ? "…" : "");
  }

  /** Roughly where a term matched: the first word starting with the term's first word; else 0. */
  private static int firstWord(String[] words, String term) {
    String first =
        term.replace("\"", "")
            .strip()
            .split("\\s+")[0]
            .replace("=", "")
            .replace("*", "")
            .toLowerCase(Locale.ROOT);
    if (first.isEmpty() || term.startsWith("re:")) {
      return 0;
    }
    for (int i = 0; i < words.length; i++) {
      if (words[i].toLowerCase(Locale.ROOT).replaceAll("^\\W+", "").startsWith(first)) {
        return i;
      }
    }
    return 0;
  }
}

package nl.waardevol.review;

import java.io.PrintWriter;
import java.util.List;

/** A coding diff as Markdown, short enough for a pull-request comment. */
public final class DiffReport {
  private static final int EXAMPLES = 3;
  private static final int TEXT_WORDS = 25;

  private DiffReport() {}

  public static void print(String before, String after, CodingDiff diff, PrintWriter out) {
    out.printf("# Coding changes: %s → %s%n%n", before, after);
    out.printf(
        "%d passages in both, %d changed; %d only in %s, %d only in %s.%n%n",
        diff.inBoth(), diff.changedPassages(), diff.onlyBefore().size(), before, diff.onlyAfter().size(), after);
    List<CodingDiff.CodeChanges> changes = diff.changes();
    if (!changes.isEmpty()) {
      out.println("| code | gained | lost | net |");
      out.println("| --- | ---: | ---: | ---: |");
      for (CodingDiff.CodeChanges code : changes) {
        int net = code.gained().size() - code.lost().size();
        out.printf("| %s | %d | %d | %+d |%n", code.codeId(), code.gained().size(), code.lost().size(), net);
      }
      out.println();
      for (CodingDiff.CodeChanges code : changes) {
        examples(code.codeId(), "gained", code.gained(), out);
        examples(code.codeId(), "lost", code.lost(), out);
      }
    }
    unmatched("only in " + before, diff.onlyBefore(), out);
    unmatched("only in " + after, diff.onlyAfter(), out);
    out.flush();
  }

  private static void examples(String code, String how, List<CodingDiff.Change> changes, PrintWriter out) {
    if (changes.isEmpty()) {
      return;
    }
    out.printf("## %s %s (%d)%n%n", code, how, changes.size());
    for (CodingDiff.Change change : changes.subList(0, Math.min(EXAMPLES, changes.size()))) {
      out.printf("- %s: %s%n", change.passage(), shorten(change.text()));
    }
    if (changes.size() > EXAMPLES) {
      out.printf("- and %d more%n", changes.size() - EXAMPLES);
    }
    out.println();
  }

  private static void unmatched(String title, List<CodingDiff.PassageId> passages, PrintWriter out) {
    if (passages.isEmpty()) {
      return;
    }
    out.printf("## Passages %s (%d)%n%n", title, passages.size());
    passages.forEach(passage -> out.println("- " + passage));
    out.println();
  }

  private static String shorten(String text) {
    String[] words = text.strip().split("\\s+");
    return words.length <= TEXT_WORDS ? text.strip() : String.join(" ", java.util.Arrays.copyOf(words, TEXT_WORDS)) + "…";
  }
}

package nl.waardevol.read.office;

import java.util.ArrayList;
import java.util.List;

/** Counts what a reader left out of the text, for {@code inspect}. */
final class LeftOut {
  private int deletions;
  private int comments;
  private int hidden;
  private int drawings;
  private int notes;

  void deletion() {
    deletions++;
  }

  void comment() {
    comments++;
  }

  void hidden() {
    hidden++;
  }

  void drawing() {
    drawings++;
  }

  void note() {
    notes++;
  }

  /** For example "2 tracked deletions, 1 comment"; empty when nothing was left out. */
  String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, deletions, "tracked deletion");
    add(parts, comments, "comment");
    add(parts, notes, "footnote");
    add(parts, hidden, "hidden text");
    add(parts, drawings, "drawing or text box", "drawings or text boxes");
    return String.join(", ", parts);
  }

  private static void add(List<String> parts, int count, String one) {
    add(parts, count, one, one.endsWith("text") ? one : one + "s");
  }

  private static void add(List<String> parts, int count, String one, String many) {
    if (count > 0) {
      parts.add(count + " " + (count == 1 ? one : many));
    }
  }
}

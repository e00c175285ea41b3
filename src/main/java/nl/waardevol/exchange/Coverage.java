package nl.waardevol.exchange;

import java.util.Comparator;
import java.util.List;

/** How much of a passage a code's selections cover together, overlapping selections once. */
final class Coverage {
  private Coverage() {}

  /** Whether the selections cover at least half of {@code [start, end)}. */
  static boolean covers(List<Project.Selection> selections, int start, int end) {
    if (selections.isEmpty() || end <= start) {
      return false;
    }
    int covered = 0;
    int reached = start;
    List<Project.Selection> sorted =
        selections.stream().sorted(Comparator.comparingInt(Project.Selection::start)).toList();
    for (Project.Selection selection : sorted) {
      int from = Math.max(selection.start(), reached);
      int to = Math.min(selection.end(), end);
      if (to > from) {
        covered += to - from;
        reached = to;
      }
    }
    return 2L * covered >= end - start;
  }

  static int overlap(Project.Selection selection, int start, int end) {
    return Math.max(0, Math.min(selection.end(), end) - Math.max(selection.start(), start));
  }
}

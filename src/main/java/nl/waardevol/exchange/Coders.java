package nl.waardevol.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.waardevol.read.InputProblem;

/**
 * Whose codings of a project count ({@code creatingUser}): one named coder's, or everyone's, with a
 * warning when there are several, since a second coder's codings (or automatic ones left in place)
 * would otherwise pass for one person's.
 */
final class Coders {
  private static final String UNNAMED = "(no user given)";

  private Coders() {}

  /**
   * The project with only {@code coder}'s codings (a name or GUID, case aside), or all of them when
   * {@code coder} is null; a warning for several coders goes to {@code warnings}.
   */
  static Project choose(Project project, String coder, String display, List<String> warnings)
      throws InputProblem {
    Map<String, Integer> counts = counts(project);
    if (coder == null) {
      if (counts.size() > 1) {
        warnings.add(
            display
                + ": holds codings by "
                + counts.size()
                + " users, counted together: "
                + listed(counts)
                + "; count one with --coder NAME");
      }
      return project;
    }
    String wanted = coder.strip().toLowerCase(Locale.ROOT);
    if (counts.keySet().stream().noneMatch(name -> name.toLowerCase(Locale.ROOT).equals(wanted))) {
      throw new InputProblem(
          display,
          0,
          "holds no codings by '"
              + coder
              + "'; "
              + (counts.isEmpty()
                  ? "it holds no codings at all"
                  : "its coders are " + listed(counts)));
    }
    List<Project.Source> sources = new ArrayList<>();
    for (Project.Source source : project.sources()) {
      List<Project.Selection> kept =
          source.selections().stream()
              .filter(s -> s.coder().toLowerCase(Locale.ROOT).equals(wanted))
              .toList();
      sources.add(new Project.Source(source.name(), source.variables(), source.text(), kept));
    }
    return new Project(project.codes(), sources, project.ignored(), project.outside());
  }

  /** Codings per coder, by name. */
  private static Map<String, Integer> counts(Project project) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Project.Source source : project.sources()) {
      for (Project.Selection selection : source.selections()) {
        counts.merge(selection.coder(), selection.codeGuids().size(), Integer::sum);
      }
    }
    return counts;
  }

  private static String listed(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(
            entry ->
                (entry.getKey().isEmpty() ? UNNAMED : entry.getKey())
                    + " ("
                    + entry.getValue()
                    + (entry.getValue() == 1 ? " coding)" : " codings)"))
        .collect(Collectors.joining(", "));
  }
}

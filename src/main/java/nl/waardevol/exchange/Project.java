package nl.waardevol.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What waardevol takes from a REFI-QDA project: the code tree and the text sources with their
 * variables and coded selections.
 *
 * @param ignored the sources that are not text (PDF, pictures, audio, video), by name
 * @param outside the selections left out of {@code sources} because they lie outside their text
 */
public record Project(
    List<QdaCode> codes, List<Source> sources, List<String> ignored, List<Outside> outside) {
  public Project {
    codes = List.copyOf(codes);
    sources = List.copyOf(sources);
    ignored = List.copyOf(ignored);
    outside = List.copyOf(outside);
  }

  /**
   * A selection that starts before its source's text, ends past it, or ends before it starts, as
   * stored.
   */
  public record Outside(String source, long start, long end) {
    @Override
    public String toString() {
      return source + ", startPosition " + start + ", endPosition " + end;
    }
  }

  /**
   * One text source.
   *
   * @param text the text with line endings as {@code \n}; selections count code points in it
   */
  public record Source(
      String name, Map<String, String> variables, String text, List<Selection> selections) {
    public Source {
      variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
      selections = List.copyOf(selections);
    }
  }

  /**
   * A stretch of a source's text, {@code [start, end)} in code points, and the codes one user coded
   * it with.
   *
   * @param coder the name of the user who made the codings ({@code creatingUser}), their GUID when
   *     the project does not name them, empty when it does not say
   */
  public record Selection(int start, int end, List<String> codeGuids, String coder) {
    public Selection {
      codeGuids = List.copyOf(codeGuids);
    }
  }
}

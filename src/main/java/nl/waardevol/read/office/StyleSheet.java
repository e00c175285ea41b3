package nl.waardevol.read.office;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The styles of a document that matter here, in either format: which are headings and which make
 * text bold, each style inheriting from its parent.
 */
final class StyleSheet {
  private record Style(String parent, boolean heading, Boolean bold) {}

  private final Map<String, Style> styles = new HashMap<>();

  /** {@code bold} is null when the style does not say. */
  void add(String name, String parent, boolean heading, Boolean bold) {
    if (name != null) {
      styles.put(name, new Style(parent, heading, bold));
    }
  }

  boolean isHeading(String name) {
    return inherited(name, style -> style.heading() ? Boolean.TRUE : null) != null;
  }

  /** Whether the style makes text bold, or null when neither it nor its parents say. */
  Boolean bold(String name) {
    return inherited(name, Style::bold);
  }

  /** The first value a style or one of its parents gives, or null. */
  private <T> T inherited(String name, Function<Style, T> value) {
    Set<String> seen = new HashSet<>();
    for (String at = name; at != null && seen.add(at); ) {
      Style style = styles.get(at);
      if (style == null) {
        return null;
      }
      T found = value.apply(style);
      if (found != null) {
        return found;
      }
      at = style.parent();
    }
    return null;
  }
}

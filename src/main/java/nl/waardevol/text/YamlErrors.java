package nl.waardevol.text;

import java.util.ArrayList;
import java.util.List;

/** Turns the YAML parser's multi-line messages into one readable clause. */
public final class YamlErrors {
  private YamlErrors() {}

  /**
   * Keeps the parser's context and problem ("while parsing a flow sequence; expected ',' or ']'"),
   * dropping the indented source excerpts and caret lines.
   */
  public static String problem(String message) {
    if (message == null) {
      return "unreadable YAML";
    }
    List<String> parts = new ArrayList<>();
    for (String line : message.split("\\R")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        parts.add(line.strip());
      }
    }
    return parts.isEmpty() ? message.strip() : String.join("; ", parts);
  }
}

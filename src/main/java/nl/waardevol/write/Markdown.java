package nl.waardevol.write;

import java.util.regex.Pattern;

/** Escapes text from transcripts and codebooks so that it cannot break a Markdown page or table. */
final class Markdown {
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]#|~])");
  private static final Pattern ENTITY = Pattern.compile("&(?=#?\\w+;)");

  private Markdown() {}

  static String escape(String text) {
    String escaped = SPECIAL.matcher(text).replaceAll("\\\\$1");
    escaped = ENTITY.matcher(escaped).replaceAll("&amp;");
    return escaped.replace("<", "&lt;").replace(">", "&gt;").replaceAll("\\s+", " ").strip();
  }
}

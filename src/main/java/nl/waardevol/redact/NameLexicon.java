package nl.waardevol.redact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shipped name lists (resource {@code lexicon.txt}, sources in the README beside it): first
 * names, surnames, and the very common words among them, so that {@code Dan} at the start of a
 * Dutch sentence stays while {@code Lotte} anywhere goes. All lookups are lower case.
 */
final class NameLexicon {
  private static final String RESOURCE = "lexicon.txt";

  // The sections, resolved once: every word of every quoted passage is looked up here.
  private final Set<String> first;
  private final Set<String> surname;
  private final Set<String> commonNl;
  private final Set<String> commonEn;
  private final Set<String> lowerCaseWords;
  private final Set<String> notName;

  private NameLexicon(Map<String, Set<String>> sections) {
    this.first = sections.getOrDefault("first", Set.of());
    this.surname = sections.getOrDefault("surname", Set.of());
    this.commonNl = sections.getOrDefault("common-nl", Set.of());
    this.commonEn = sections.getOrDefault("common-en", Set.of());
    this.lowerCaseWords = sections.getOrDefault("lower-nl", Set.of());
    this.notName = sections.getOrDefault("not-name", Set.of());
  }

  static NameLexicon shipped() {
    try (InputStream in = NameLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the name lexicon " + RESOURCE + " is missing from the jar");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static NameLexicon read(BufferedReader reader) throws IOException {
    Map<String, Set<String>> sections = new HashMap<>();
    Set<String> current = null;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current =
            sections.computeIfAbsent(line.substring(1, line.length() - 1), s -> new HashSet<>());
      } else if (current != null) {
        current.add(line.strip().toLowerCase(Locale.ROOT));
      }
    }
    return new NameLexicon(sections);
  }

  boolean isFirstName(String lower) {
    return first.contains(lower);
  }

  /** A surname as listed: {@code bakker}, or with its particles {@code de vries}. */
  boolean isSurname(String lower) {
    return surname.contains(lower);
  }

  boolean isName(String lower) {
    if (isFirstName(lower) || isSurname(lower)) {
      return true;
    }
    int hyphen = lower.indexOf('-');
    if (hyphen > 0 && hyphen < lower.length() - 1) {
      return isName(lower.substring(0, hyphen)) && isName(lower.substring(hyphen + 1));
    }
    return false;
  }

  /**
   * A name that is also a very common word in this language ({@code dan}, {@code wil}, {@code
   * will}): kept in lower case and at the start of a sentence.
   */
  boolean isCommonWord(String lower, String language) {
    return (language.equals("en") ? commonEn : commonNl).contains(lower);
  }

  /**
   * A first name that is an everyday word in lower case ({@code een roos}, {@code een merel}): a
   * name in lower case only when it is a known person of the document.
   */
  boolean isEverydayWord(String lower) {
    return lowerCaseWords.contains(lower);
  }

  /** A capitalised word the lists hold that is far more often not a name: months, languages. */
  boolean isNotName(String lower) {
    return notName.contains(lower);
  }
}

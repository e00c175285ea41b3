package nl.waardevol.codebook;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import nl.waardevol.text.Tokens;

/**
 * Parses the term syntax: {@code woord}, {@code prefix*}, {@code =exact}, {@code "a phrase"} or
 * {@code a phrase} (whose words may be any of these), and {@code re:regex}.
 */
public final class TermParser {
  static final int MIN_PREFIX = 3;

  /** Why a term cannot be used; the loader adds the place. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /** Parses one term; {@code line} is where it stands in its file, or 0. */
  public Term parse(String written, int line) throws Invalid {
    String term = written.strip();
    if (term.isEmpty()) {
      throw new Invalid("term '" + written + "' is empty; remove it or write a word");
    }
    if (term.startsWith("re:")) {
      return regex(written, term.substring(3), line);
    }
    if (term.length() >= 2 && term.startsWith("\"") && term.endsWith("\"")) {
      term = term.substring(1, term.length() - 1).strip();
    }
    List<Term.Word> words = new ArrayList<>();
    for (String part : term.split("\\s+")) {
      addWords(written, part, words);
    }
    if (words.isEmpty()) {
      throw new Invalid("term '" + written + "' has no letters or digits to match");
    }
    return new Term(written, words, null, line);
  }

  private static Term regex(String written, String expression, int line) throws Invalid {
    if (expression.isBlank()) {
      throw new Invalid("term '" + written + "' has an empty regular expression");
    }
    try {
      return new Term(
          written, List.of(), Pattern.compile(expression, Pattern.CASE_INSENSITIVE), line);
    } catch (PatternSyntaxException e) {
      if (isJavaRegex(expression)) {
        throw new Invalid(
            "term '"
                + written
                + "' uses a feature that can make matching take hours on a long passage, which waardevol does not run ("
                + problem(e)
                + "): back-references (\\1), look-ahead and look-behind ((?=, (?!, (?<=, (?<!), possessive quantifiers or atomic groups; write it without them");
      }
      throw new Invalid("term '" + written + "' is not a valid regular expression: " + problem(e));
    }
  }

  private static String problem(PatternSyntaxException e) {
    // RE2/J quotes the whole expression with its flags, (?i), when the fault is not one place.
    String at = e.getPattern().replaceFirst("^\\(\\?i\\)", "");
    return at.isEmpty() ? e.getDescription() : e.getDescription() + " at `" + at + "`";
  }

  /** Whether a backtracking engine would take it: then it is valid, only not in linear time. */
  private static boolean isJavaRegex(String expression) {
    try {
      java.util.regex.Pattern.compile(expression);
      return true;
    } catch (java.util.regex.PatternSyntaxException e) {
      return false;
    }
  }

  private static void addWords(String written, String part, List<Term.Word> words) throws Invalid {
    boolean prefix = part.endsWith("*");
    boolean exact = part.startsWith("=");
    String body = part.substring(exact ? 1 : 0, prefix ? part.length() - 1 : part.length());
    if (exact && prefix) {
      throw new Invalid(
          "term '" + written + "' marks a word both exact (=) and as a prefix (*); choose one");
    }
    if (body.contains("*")) {
      throw new Invalid(
          "term '" + written + "' has a '*' inside a word; a wildcard may only end a word");
    }
    Tokens tokens = Tokens.of(body);
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i == tokens.size() - 1;
      Term.Kind kind = prefix && last ? Term.Kind.PREFIX : exact ? Term.Kind.EXACT : Term.Kind.STEM;
      words.add(new Term.Word(tokens.text(i), kind));
    }
    if (prefix) {
      if (tokens.size() == 0 || tokens.text(tokens.size() - 1).length() < MIN_PREFIX) {
        throw new Invalid(
            "term '"
                + written
                + "' has a wildcard prefix shorter than "
                + MIN_PREFIX
                + " letters, which would match almost anything");
      }
      if (tokens.end(tokens.size() - 1) != body.length()) {
        throw new Invalid(
            "term '" + written + "' puts the '*' after punctuation; put it right after letters");
      }
    }
  }
}

package nl.waardevol.redact;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.waardevol.read.InputProblem;

/**
 * The names no lexicon knows, from the user's file ({@code --private-terms}): schools,
 * institutions, villages, farms. One term a line, {@code #} starts a comment; a term may end in
 * {@code | label} to choose its placeholder word ({@code Harmsveen | plaats} gives {@code
 * [PLAATS-1]}). Matched whole-word, case-insensitively, with any white space (also a line break)
 * between its words; the longest term wins.
 */
final class PrivateTerms {
  static final PrivateTerms NONE = new PrivateTerms(Map.of());

  /** term (lower case, single spaces) to its label, or "" for the default */
  private final Map<String, String> labels;

  private final Pattern pattern;

  private PrivateTerms(Map<String, String> labels) {
    this.labels = labels;
    this.pattern = labels.isEmpty() ? null : compile(labels.keySet());
  }

  static PrivateTerms read(Path file) throws InputProblem {
    List<String> lines;
    try {
      lines =
          List.of(
              StandardCharsets.UTF_8
                  .newDecoder()
                  .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                  .toString()
                  .split("\n"));
    } catch (CharacterCodingException e) {
      throw new InputProblem(
          file.toString(), 0, "is not valid UTF-8; save the list of private terms as UTF-8 text");
    } catch (IOException e) {
      throw new InputProblem(
          file.toString(),
          0,
          "could not be read (" + e.getMessage() + "); check the --private-terms path");
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "").strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int bar = line.indexOf('|');
      String term = normalise(bar < 0 ? line : line.substring(0, bar));
      String label =
          bar < 0
              ? ""
              : line.substring(bar + 1)
                  .strip()
                  .toUpperCase(Locale.ROOT)
                  .replaceAll("[^\\p{L}\\p{N}]+", "-");
      if (term.isEmpty()) {
        throw new InputProblem(
            file.toString(), i + 1, "has a label without a term; write 'term | label'");
      }
      labels.putIfAbsent(term, label);
    }
    return new PrivateTerms(labels);
  }

  int size() {
    return labels.size();
  }

  private static String normalise(String term) {
    return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Pattern compile(java.util.Set<String> terms) {
    String alternatives =
        terms.stream()
            .sorted(
                Comparator.comparingInt(String::length)
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()))
            .map(term -> Pattern.quote(term).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  void find(String text, List<Finding> out) {
    if (pattern == null) {
      return;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String term = normalise(m.group());
      String label = labels.getOrDefault(term, "");
      out.add(
          new Finding(m.start(), m.end(), Kind.PRIVATE_TERM, term, label.isEmpty() ? null : label));
    }
  }
}

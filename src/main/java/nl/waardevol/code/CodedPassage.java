package nl.waardevol.code;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.stance.Stance;

/**
 * A passage with its codes and valence: one row of {@code waardevol code} output, and what the
 * aggregate stage counts. Also read back from a (hand-corrected) coded table.
 *
 * @param metadata the document's metadata (region, role, and any other key), never id
 * @param start the passage's first character in the document text, counted in code points
 * @param end just after its last character, in code points
 * @param matched the terms that fired, as {@code code:term}
 * @param stances which of the codes are valued, hindered or wished
 * @param confidence how sure a learned model was of what the row counts (0 to 1), NaN when the
 *     rules alone coded it or a human did
 * @param question the interviewer turn before the passage, empty when unknown
 */
public record CodedPassage(
    String docId,
    Map<String, String> metadata,
    int passage,
    String speaker,
    int start,
    int end,
    String language,
    Stance valence,
    List<String> categories,
    List<String> codes,
    List<String> matched,
    CodeStances stances,
    double confidence,
    String text,
    String question) {
  public CodedPassage {
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    categories = List.copyOf(categories);
    codes = List.copyOf(codes);
    matched = List.copyOf(matched);
  }

  /**
   * The same passage under another document id and with another text, such as its pseudonymised
   * form in a document whose id named someone.
   */
  public CodedPassage withText(String id, String replaced) {
    return new CodedPassage(
        id,
        metadata,
        passage,
        speaker,
        start,
        end,
        language,
        valence,
        categories,
        codes,
        matched,
        stances,
        confidence,
        replaced,
        question);
  }

  /** The same passage with one more metadata value, such as why {@code review} chose it. */
  public CodedPassage withMetadata(String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(metadata);
    more.put(key, value);
    return new CodedPassage(
        docId,
        more,
        passage,
        speaker,
        start,
        end,
        language,
        valence,
        categories,
        codes,
        matched,
        stances,
        confidence,
        text,
        question);
  }

  public String metadata(String key) {
    return metadata.getOrDefault(key, "");
  }

  /**
   * The same passage with other codes, such as a human coder's; each takes the passage's valence.
   */
  public CodedPassage withCodes(List<String> categories, List<String> codes, List<String> matched) {
    return new CodedPassage(
        docId,
        metadata,
        passage,
        speaker,
        start,
        end,
        language,
        valence,
        categories,
        codes,
        matched,
        CodeStances.of(codes, valence),
        Double.NaN,
        text,
        question);
  }
}

package nl.waardevol.redact;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.DocumentStage;

/**
 * Pseudonymises the coded passages of one document, from a transcript or from a (hand-corrected)
 * coded table: its pseudonymiser knows the document's people from the passages' metadata and from
 * every speaker label of the document before the first passage is redacted, so that a name is
 * replaced even where it comes before that person's own turn, or belongs to the interviewer.
 */
public final class PassageRedactor {
  private final Redactor redactor;
  private final Pseudonymiser pseudonymiser;

  private PassageRedactor(
      Redactor redactor, List<CodedPassage> passages, Collection<String> speakerLabels) {
    this.redactor = redactor;
    Map<String, String> metadata = passages.isEmpty() ? Map.of() : passages.get(0).metadata();
    this.pseudonymiser = redactor.forDocument(metadata, speakerLabels);
  }

  /**
   * For a report: a stage that replaces each passage's text by its pseudonymised quote, or by an
   * empty text where too little would be left to quote. A pseudonymiser meets a document's people
   * in order, so every passage goes through it, not only the quoted ones.
   */
  public static DocumentStage quoting(Redactor redactor) {
    return (passages, speakers) -> {
      PassageRedactor document = new PassageRedactor(redactor, passages, speakers);
      return passages.stream()
          .map(passage -> passage.withText(document.quote(passage).orElse("")))
          .toList();
    };
  }

  /** For a coded table that leaves the team: a stage that pseudonymises every passage. */
  public static DocumentStage redacting(Redactor redactor) {
    return (passages, speakers) -> {
      PassageRedactor document = new PassageRedactor(redactor, passages, speakers);
      return passages.stream().map(document::redact).toList();
    };
  }

  /** The passage's text pseudonymised, or empty when too little of it is left to quote. */
  private Optional<String> quote(CodedPassage passage) {
    Redaction redaction = pseudonymiser.redact(passage.text(), language(passage));
    return redaction.quotable() ? Optional.of(redaction.text()) : Optional.empty();
  }

  /** The passage with its text, question, speaker and metadata pseudonymised. */
  private CodedPassage redact(CodedPassage passage) {
    String language = language(passage);
    Map<String, String> metadata = new LinkedHashMap<>(passage.metadata());
    metadata.replaceAll(
        (key, value) -> redactor.redactedValue(pseudonymiser, key, value, language));
    return new CodedPassage(
        passage.docId(),
        metadata,
        passage.passage(),
        pseudonymiser.redact(passage.speaker(), language).text(),
        passage.start(),
        passage.end(),
        passage.language(),
        passage.valence(),
        passage.categories(),
        passage.codes(),
        passage.matched(),
        passage.stances(),
        pseudonymiser.redact(passage.text(), language).text(),
        pseudonymiser.redact(passage.question(), language).text());
  }

  private static String language(CodedPassage passage) {
    return passage.language().isEmpty() ? "nl" : passage.language();
  }
}

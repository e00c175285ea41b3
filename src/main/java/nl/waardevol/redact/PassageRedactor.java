package nl.waardevol.redact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.DocumentStage;

/**
 * Pseudonymises coded passages as they stream past, from transcripts or from a (hand-corrected)
 * coded table: one pseudonymiser per document, which learns the document's people from the
 * passages' metadata and speaker labels.
 */
public final class PassageRedactor {
  private static final int RECENT_DOCUMENTS = 64;

  private final Redactor redactor;
  /**
   * The pseudonymisers of the documents seen last. Passages of a document arrive together, so a
   * few suffice; keeping all would let memory grow with the corpus.
   */
  private final Map<String, Pseudonymiser> documents =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pseudonymiser> eldest) {
          return size() > RECENT_DOCUMENTS;
        }
      };

  public PassageRedactor(Redactor redactor) {
    this.redactor = redactor;
  }

  /**
   * For a report: a stage that replaces each passage's text by its pseudonymised quote, or by an
   * empty text where too little would be left to quote. A pseudonymiser meets a document's people
   * in order, so every passage goes through it, not only the quoted ones.
   */
  public static DocumentStage quoting(Redactor redactor) {
    return passages -> {
      PassageRedactor document = new PassageRedactor(redactor);
      return passages.stream().map(passage -> passage.withText(document.quote(passage).orElse(""))).toList();
    };
  }

  /** For a coded table that leaves the team: a stage that pseudonymises every passage. */
  public static DocumentStage redacting(Redactor redactor) {
    return passages -> {
      PassageRedactor document = new PassageRedactor(redactor);
      return passages.stream().map(document::redact).toList();
    };
  }

  /** The passage's text pseudonymised, or empty when too little of it is left to quote. */
  public Optional<String> quote(CodedPassage passage) {
    Redaction redaction = pseudonymiser(passage).redact(passage.text(), language(passage));
    return redaction.quotable() ? Optional.of(redaction.text()) : Optional.empty();
  }

  /** The passage with its text, question, speaker and personal metadata pseudonymised. */
  public CodedPassage redact(CodedPassage passage) {
    Pseudonymiser pseudonymiser = pseudonymiser(passage);
    String language = language(passage);
    Map<String, String> metadata = new LinkedHashMap<>(passage.metadata());
    metadata.replaceAll((key, value) -> redactor.isPersonal(key) ? pseudonymiser.placeholderFor(value) : value);
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
        pseudonymiser.redact(passage.text(), language).text(),
        pseudonymiser.redact(passage.question(), language).text());
  }

  private Pseudonymiser pseudonymiser(CodedPassage passage) {
    Pseudonymiser pseudonymiser =
        documents.computeIfAbsent(passage.docId(), id -> redactor.forDocument(passage.metadata(), List.of()));
    Redactor.addSpeaker(pseudonymiser, passage.speaker());
    return pseudonymiser;
  }

  private static String language(CodedPassage passage) {
    return passage.language().isEmpty() ? "nl" : passage.language();
  }
}

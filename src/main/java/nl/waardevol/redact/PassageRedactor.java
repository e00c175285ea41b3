package nl.waardevol.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.DocumentStage;
import nl.waardevol.read.Document;
import nl.waardevol.segment.Segmenter;

/**
 * Pseudonymises the coded passages of one document with the document's one numbering, the same in a
 * report, a coded table, a redacted copy and its key: a transcript's passages are the stretches of
 * the document pseudonymised whole, as {@code redact} writes it; the passages of a coded table,
 * which has no document text, are numbered by the metadata a copy keeps, then the passages' texts,
 * then their speakers and questions (which a table may leave out, as an imported one does), then
 * the personal keys a copy leaves out.
 */
public final class PassageRedactor {
  private final Redactor redactor;
  private final Pseudonymiser pseudonymiser;
  private final String docId;

  /** Each passage's text, in the order of the passages. */
  private final List<Redaction> texts;

  private final Map<String, String> questions = new HashMap<>();

  private PassageRedactor(
      Redactor redactor, Pseudonymiser pseudonymiser, String docId, List<Redaction> texts) {
    this.redactor = redactor;
    this.pseudonymiser = pseudonymiser;
    this.docId = docId;
    this.texts = texts;
  }

  /**
   * For a report: a stage that replaces each passage's text by its pseudonymised quote, or by an
   * empty text where too little would be left to quote, and an id that names someone by the one the
   * copies get. Group keys (the metadata) stay as they are.
   */
  public static DocumentStage quoting(Redactor redactor) {
    return stage(redactor, PassageRedactor::quote);
  }

  /** For a coded table that leaves the team: a stage that pseudonymises every passage. */
  public static DocumentStage redacting(Redactor redactor) {
    return stage(redactor, PassageRedactor::redact);
  }

  private interface Rewrite {
    CodedPassage apply(PassageRedactor document, CodedPassage passage, int index);
  }

  private static DocumentStage stage(Redactor redactor, Rewrite rewrite) {
    return new DocumentStage() {
      @Override
      public List<CodedPassage> apply(List<CodedPassage> passages, Collection<String> speakers) {
        return all(ofTable(redactor, passages, speakers), passages, rewrite);
      }

      @Override
      public List<CodedPassage> apply(
          Document document,
          List<String> speakerLabels,
          List<String> interviewerLabels,
          List<CodedPassage> passages) {
        return all(
            ofTranscript(redactor, document, speakerLabels, interviewerLabels, passages),
            passages,
            rewrite);
      }
    };
  }

  private static List<CodedPassage> all(
      PassageRedactor document, List<CodedPassage> passages, Rewrite rewrite) {
    List<CodedPassage> rewritten = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      rewritten.add(rewrite.apply(document, passages.get(i), i));
    }
    return rewritten;
  }

  /** A transcript's passages: parts of the document pseudonymised whole. */
  private static PassageRedactor ofTranscript(
      Redactor redactor,
      Document document,
      List<String> speakerLabels,
      List<String> interviewerLabels,
      List<CodedPassage> passages) {
    DocumentRedaction whole = redactor.redactWhole(document, speakerLabels, interviewerLabels);
    List<Redaction> texts = new ArrayList<>(passages.size());
    for (CodedPassage passage : passages) {
      texts.add(partOf(whole, document.text(), passage));
    }
    return new PassageRedactor(
        redactor, whole.pseudonymiser(), whole.shared().document().id(), texts);
  }

  /** The passage's stretch of the pseudonymised document, when its offsets point at its text. */
  private static Redaction partOf(DocumentRedaction whole, String text, CodedPassage passage) {
    boolean fits =
        0 <= passage.start()
            && passage.start() <= passage.end()
            && passage.end() <= text.length()
            && Segmenter.fold(text.substring(passage.start(), passage.end()))
                .equals(passage.text());
    return fits
        ? whole.text().part(passage.start(), passage.end())
        : whole.pseudonymiser().redact(passage.text(), whole.language());
  }

  /** A coded table's passages, numbered in a transcript's order. */
  private static PassageRedactor ofTable(
      Redactor redactor, List<CodedPassage> passages, Collection<String> speakerLabels) {
    Map<String, String> metadata = passages.isEmpty() ? Map.of() : passages.get(0).metadata();
    String language = passages.isEmpty() ? "nl" : language(passages.get(0));
    Pseudonymiser pseudonymiser = redactor.forDocument(metadata, speakerLabels);
    metadata.values().forEach(pseudonymiser::reserve);
    for (CodedPassage passage : passages) {
      pseudonymiser.reserve(passage.text());
      pseudonymiser.reserve(passage.question());
      pseudonymiser.reserve(passage.speaker());
    }
    redactor.keptMetadata(pseudonymiser, metadata, language);
    List<Redaction> texts = new ArrayList<>(passages.size());
    for (CodedPassage passage : passages) {
      texts.add(pseudonymiser.redact(passage.text(), language(passage)));
    }
    for (CodedPassage passage : passages) {
      pseudonymiser.redact(passage.speaker(), language(passage));
      pseudonymiser.redact(passage.question(), language(passage));
    }
    redactor.numberLeftOut(pseudonymiser, metadata);
    String id = passages.isEmpty() ? "" : passages.get(0).docId();
    String content = passages.stream().map(CodedPassage::text).collect(Collectors.joining("\n"));
    return new PassageRedactor(
        redactor, pseudonymiser, Redactor.sharedId(id, pseudonymiser, language, content), texts);
  }

  /** The passage with its quote, or an empty text where too little of it is left to quote. */
  private CodedPassage quote(CodedPassage passage, int index) {
    Redaction text = texts.get(index);
    return passage.withText(docId, text.quotable() ? Segmenter.fold(text.text()) : "");
  }

  /** The passage with its text, question, speaker and metadata pseudonymised. */
  private CodedPassage redact(CodedPassage passage, int index) {
    String language = language(passage);
    Map<String, String> metadata = new LinkedHashMap<>(passage.metadata());
    metadata.replaceAll(
        (key, value) -> redactor.redactedValue(pseudonymiser, key, value, language));
    return new CodedPassage(
        docId,
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
        passage.confidence(),
        Segmenter.fold(texts.get(index).text()),
        question(passage));
  }

  /** A question is asked once and answered by several passages: pseudonymised once. */
  private String question(CodedPassage passage) {
    return questions.computeIfAbsent(
        passage.question(), question -> pseudonymiser.redact(question, language(passage)).text());
  }

  private static String language(CodedPassage passage) {
    return passage.language().isEmpty() ? "nl" : passage.language();
  }
}

package nl.waardevol.redact;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.waardevol.read.Document;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.Origin;
import nl.waardevol.text.LanguageGuesser;

/**
 * Pseudonymisation for one run: the name lexicon and the user's private terms, loaded once, and
 * which metadata keys hold names. Each document gets its own {@link Pseudonymiser}, so that
 * placeholders are consistent within a document and say nothing across documents.
 */
public final class Redactor {
  /**
   * Metadata keys that hold people's names, beside those the user marks with --personal; {@code
   * author} is a Word or OpenDocument file's author property.
   */
  public static final List<String> PERSONAL_KEYS =
      List.of(
          "interviewer",
          "interviewee",
          "respondent",
          "child",
          "name",
          "kind",
          "naam",
          "geinterviewde",
          "geïnterviewde",
          "author");

  /** Metadata keys that say what a document is, never who is in it: kept as they are. */
  private static final Set<String> STRUCTURAL_KEYS =
      Set.of(
          "id",
          "doc_id",
          "region",
          "regio",
          "role",
          "rol",
          "date",
          "datum",
          "type",
          "language",
          "taal",
          "lang");

  private static final String INTERVIEWER = "interviewer";

  /** What separates the words of a document id or a file name: jan-de-vries, jan_de_vries. */
  private static final Pattern ID_SEPARATORS = Pattern.compile("[-_.+]+");

  /** The id {@link #sharedId} gives a document whose id names someone. */
  private static final Pattern SHARED_ID = Pattern.compile("doc-[0-9a-f]{8}");

  private final NameLexicon lexicon;
  private final PrivateTerms privateTerms;
  private final String placeholderLanguage;
  private final Set<String> personalKeys;

  private Redactor(
      NameLexicon lexicon,
      PrivateTerms privateTerms,
      String placeholderLanguage,
      Set<String> personalKeys) {
    this.lexicon = lexicon;
    this.privateTerms = privateTerms;
    this.placeholderLanguage = placeholderLanguage;
    this.personalKeys = personalKeys;
  }

  /**
   * @param privateTermsFile the user's list of schools and other private terms, or null
   * @param morePersonalKeys metadata keys the user marks as holding names
   * @param placeholderLanguage nl ({@code [NAAM-1]}) or en ({@code [NAME-1]})
   */
  public static Redactor create(
      Path privateTermsFile, Collection<String> morePersonalKeys, String placeholderLanguage)
      throws InputProblem {
    Set<String> keys = new LinkedHashSet<>(PERSONAL_KEYS);
    morePersonalKeys.forEach(key -> keys.add(key.strip().toLowerCase(Locale.ROOT)));
    PrivateTerms terms =
        privateTermsFile == null ? PrivateTerms.NONE : PrivateTerms.read(privateTermsFile);
    return new Redactor(NameLexicon.shipped(), terms, placeholderLanguage, keys);
  }

  /**
   * A metadata value as it may leave the team: a personal key's names as their placeholders, a
   * structural key's value (region, role, date, ...) as it is, and any other, free text such as
   * notes or a survey's e-mail column, pseudonymised as the transcript's text is.
   */
  public String redactedValue(
      Pseudonymiser pseudonymiser, String key, String value, String language) {
    if (isPersonal(key)) {
      return pseudonymiser.placeholderFor(value);
    }
    if (STRUCTURAL_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
      return value;
    }
    return pseudonymiser.redact(value, language).text();
  }

  public boolean isPersonal(String key) {
    return personalKeys.contains(key.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a survey's respondent id would name someone: its column holds names (naam, e-mail, ...;
   * a respondent column is usually codes), or the id holds a name or another identifier.
   */
  public boolean namesSomeone(String column, String id) {
    String key = column.strip().toLowerCase(Locale.ROOT);
    if (isPersonal(key) && !key.equals("respondent")) {
      return true;
    }
    return namesSomeone(id);
  }

  /**
   * Whether a document id or file name holds a name or another identifier, its words apart: {@code
   * jan-de-vries}.
   */
  public boolean namesSomeone(String id) {
    return holdsIdentifier(forDocument(Map.of(), List.of()), id, LanguageGuesser.guess(id, "nl"));
  }

  /** Whether a document's pseudonymiser replaces any word of an id, read with its words apart. */
  private static boolean holdsIdentifier(Pseudonymiser pseudonymiser, String id, String language) {
    String words = ID_SEPARATORS.matcher(id).replaceAll(" ");
    return !pseudonymiser.redact(words, language).text().equals(words);
  }

  public int privateTermCount() {
    return privateTerms.size();
  }

  /**
   * A pseudonymiser for one document: the people in its personal metadata and speaker labels are
   * known to it, and the words of its region are never taken for names.
   */
  public Pseudonymiser forDocument(Map<String, String> metadata, Collection<String> speakerLabels) {
    Set<String> protectedWords = new HashSet<>();
    for (String word :
        metadata.getOrDefault("region", "").toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      protectedWords.add(word);
    }
    Pseudonymiser pseudonymiser =
        new Pseudonymiser(lexicon, privateTerms, placeholderLanguage, protectedWords);
    metadata.forEach(
        (key, value) -> {
          if (isPersonal(key)) {
            pseudonymiser.addPersons(value);
          }
        });
    speakerLabels.forEach(label -> addSpeaker(pseudonymiser, label));
    return pseudonymiser;
  }

  /**
   * The whole transcript pseudonymised, as {@code redact} writes it and a QDA project holds it: its
   * text, its metadata without personal keys, and the speakers its format marks.
   *
   * @param document the document as read, with any metadata sheet applied, so that the copy codes
   *     as the original: personal keys are left out, but the interviewer becomes its placeholder,
   *     the one the speaker label gets, so the copy's interviewer turns are still questions
   * @param interviewerLabels the document's labels that are interviewer labels (by flag, the
   *     codebook or the metadata): those a name made are the copy's interviewer, as placeholders
   */
  public RedactedDocument redact(
      Document document, Collection<String> speakerLabels, Collection<String> interviewerLabels) {
    return redactWhole(document, speakerLabels, interviewerLabels).shared();
  }

  /**
   * A transcript pseudonymised whole, with what its passages need to read as the copy does.
   *
   * <p>This fixes the one numbering of a document that every output shares: the kept metadata in
   * order, then the text from the start, then the personal keys the copy leaves out, then a name in
   * the document id.
   */
  DocumentRedaction redactWhole(
      Document document, Collection<String> speakerLabels, Collection<String> interviewerLabels) {
    String language = document.metadata("language");
    if (!language.equals("nl") && !language.equals("en")) {
      language = LanguageGuesser.guess(document.text(), "nl");
    }
    Pseudonymiser pseudonymiser = forDocument(document.metadata(), speakerLabels);
    pseudonymiser.reserve(document.text());
    document.metadata().values().forEach(pseudonymiser::reserve);
    Map<String, String> kept = keptMetadata(pseudonymiser, document.metadata(), language);
    Redaction text = pseudonymiser.redact(document.text(), language);
    String interviewers =
        interviewerPlaceholders(kept.get(INTERVIEWER), interviewerLabels, pseudonymiser, language);
    if (!interviewers.isEmpty()) {
      kept.put(INTERVIEWER, interviewers);
    }
    numberLeftOut(pseudonymiser, document.metadata());
    String id = sharedId(document.id(), pseudonymiser, language, document.text());
    Origin origin = document.origin();
    Origin redactedOrigin =
        new Origin(
            origin.format(),
            origin.encoding(),
            redactAll(origin.speakers(), pseudonymiser, language),
            redactAll(origin.interviewerLabels(), pseudonymiser, language),
            Map.of()); // what the reader found names the speakers
    Document shared =
        new Document(id, document.source(), kept, text.text(), document.bodyLine(), redactedOrigin);
    return new DocumentRedaction(
        new RedactedDocument(shared, key(pseudonymiser, document.id(), id)),
        pseudonymiser,
        text,
        language);
  }

  /**
   * The metadata a copy keeps, pseudonymised: the interviewer as placeholders, every other key but
   * the personal ones as {@link #redactedValue} gives it.
   */
  Map<String, String> keptMetadata(
      Pseudonymiser pseudonymiser, Map<String, String> metadata, String language) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(INTERVIEWER) || !isPersonal(entry.getKey())) {
        kept.put(
            entry.getKey(),
            redactedValue(pseudonymiser, entry.getKey(), entry.getValue(), language));
      }
    }
    return kept;
  }

  /**
   * The people of personal keys a copy leaves out (child, ...) get their placeholders after the
   * text, so that a coded table's columns show the ones the key lists.
   */
  void numberLeftOut(Pseudonymiser pseudonymiser, Map<String, String> metadata) {
    metadata.forEach(
        (key, value) -> {
          if (isPersonal(key)) {
            pseudonymiser.placeholderFor(value);
          }
        });
  }

  /**
   * The id a document has where names may not show: its own, or when a word of it is a name or
   * another identifier ({@code jan-de-vries}), {@code doc-} and a hash of the id and the text, the
   * same in every output, which no one without the text can trace back to the id.
   */
  static String sharedId(String id, Pseudonymiser pseudonymiser, String language, String content) {
    // A copy redacted again keeps its id, though its hex digits may spell a name (doc-ada12345).
    if (SHARED_ID.matcher(id).matches() || !holdsIdentifier(pseudonymiser, id, language)) {
      return id;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((id + "\n" + content).getBytes(StandardCharsets.UTF_8));
      return "doc-" + HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The key of a document: a replaced id to the original, then each placeholder. */
  static Map<String, String> key(Pseudonymiser pseudonymiser, String id, String sharedId) {
    Map<String, String> key = new LinkedHashMap<>();
    if (!sharedId.equals(id)) {
      key.put(sharedId, id);
    }
    key.putAll(pseudonymiser.key());
    return key;
  }

  /**
   * The copy's interviewer: the placeholders of its interviewer key, and of each interviewer label
   * that redaction changed, since a flag's "Reinder" no longer matches "[NAAM-1]:".
   */
  private static String interviewerPlaceholders(
      String kept,
      Collection<String> interviewerLabels,
      Pseudonymiser pseudonymiser,
      String language) {
    Set<String> placeholders = new LinkedHashSet<>();
    if (kept != null && !kept.isBlank()) {
      Names.split(kept).forEach(placeholders::add);
    }
    for (String label : interviewerLabels) {
      String redacted = pseudonymiser.redact(label, language).text();
      if (!redacted.equals(label)) {
        placeholders.add(redacted);
      }
    }
    return String.join("; ", placeholders);
  }

  /**
   * Labels the format marks (a caption's voices) redacted as they are in the text, so they still
   * match it.
   */
  private static List<String> redactAll(
      List<String> labels, Pseudonymiser pseudonymiser, String language) {
    return labels.stream().map(label -> pseudonymiser.redact(label, language).text()).toList();
  }

  private void addSpeaker(Pseudonymiser pseudonymiser, String label) {
    SpeakerNames.in(label).stream().filter(this::looksLikeName).forEach(pseudonymiser::addPersons);
  }

  /**
   * The words of a label are a name: capitalised (or particles), none a function word, and not all
   * of them common words, so that "Wat werkte:" in workshop notes does not make every "Wat" a name.
   * A placeholder is already safe.
   */
  private boolean looksLikeName(String name) {
    boolean uncommon = false;
    for (String word : name.split("\\s+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.startsWith("[") || Names.isParticle(lower)) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0))
          || LanguageGuesser.isFunctionWord(lower)
          || lexicon.isNotName(lower)) {
        return false;
      }
      uncommon |= !lexicon.isCommonWord(lower, "nl") && !lexicon.isCommonWord(lower, "en");
    }
    return uncommon;
  }
}

package nl.waardevol.table;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import nl.waardevol.read.CodedTableHeader;

/** The columns of a coded passage table, as {@code waardevol code} writes and reads them. */
public final class CodedColumns {
  private CodedColumns() {}

  public static final String DOC_ID = CodedTableHeader.DOC_ID;
  public static final String REGION = "region";
  public static final String ROLE = "role";
  public static final String PASSAGE = "passage";
  public static final String SPEAKER = "speaker";
  public static final String START = "start";
  public static final String END = "end";
  public static final String LANGUAGE = "language";
  public static final String VALENCE = CodedTableHeader.VALENCE;
  public static final String CATEGORIES = "categories";
  public static final String CODES = CodedTableHeader.CODES;
  public static final String MATCHED = "matched";
  public static final String VALUED = "valued";
  public static final String HINDERED = "hindered";
  public static final String WISHED = "wished";

  /** How sure a learned model was; empty when the rules alone coded. */
  public static final String CONFIDENCE = "confidence";

  /** The stance-per-code columns, in order: the code ids valued, hindered and wished. */
  public static final List<String> STANCES = List.of(VALUED, HINDERED, WISHED);

  public static final String TEXT = "text";

  /**
   * The interviewer turn a passage answers: the last column, after the metadata, so that a
   * corrected table keeps what the model learns from.
   */
  public static final String QUESTION = "question";

  /** The fixed columns, in order; further metadata keys follow {@link #TEXT}. */
  public static final List<String> FIXED =
      List.of(
          DOC_ID,
          REGION,
          ROLE,
          PASSAGE,
          SPEAKER,
          START,
          END,
          LANGUAGE,
          VALENCE,
          CATEGORIES,
          CODES,
          VALUED,
          HINDERED,
          WISHED,
          CONFIDENCE,
          MATCHED,
          TEXT);

  /** Metadata keys that have a fixed column of their own (or are the id). */
  public static boolean isFixedMetadata(String key) {
    return key.equals("id") || key.equals(REGION) || key.equals(ROLE) || key.equals(LANGUAGE);
  }

  /** Separates ids within a cell. */
  public static final String LIST_SEPARATOR = ";";

  /** Of some metadata keys, those that become columns of their own after the fixed ones, sorted. */
  public static List<String> extra(Collection<String> keys) {
    TreeSet<String> extra = new TreeSet<>(keys);
    extra.removeIf(key -> isFixedMetadata(key) || FIXED.contains(key) || key.equals(QUESTION));
    return List.copyOf(extra);
  }
}

package nl.waardevol.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.waardevol.read.Document;
import nl.waardevol.read.SpeakerName;
import nl.waardevol.text.Words;

/**
 * Splits a document into passages: speaker turns from labels at the start of a line, paragraphs at
 * blank lines, and long paragraphs at sentence boundaries. Interviewer turns are not passages; they
 * are kept as the question a passage answers.
 *
 * <p>A label counts as a speaker when it is an interviewer label, when the document has an
 * interviewer label anywhere, when it recurs, or when the document's format marks it as a speaker
 * (a caption's voice, a bold name in Word), or when it holds a placeholder ({@code [NAAM-2]:}, a
 * name a redacted copy replaced, such as a caption's voice heard once): so a note such as "Wat
 * werkte: rust" in workshop notes stays text.
 *
 * <p>Interviewer labels are the configured ones, those the format marks (a survey's question), and
 * the names in the document's {@code interviewer} metadata ({@code ;} between several), so that a
 * caption file's "Sanne de Graaf:" turns are questions when its metadata says {@code interviewer:
 * Sanne de Graaf}.
 */
public final class Segmenter {
  /** Paragraphs longer than this many words are split at sentence boundaries. */
  public static final int MAX_WORDS = 120;

  /**
   * A passage with no sentence end within this many words is cut at white space: coding time grows
   * faster than a passage's length, and no reader quotes such a passage whole.
   */
  public static final int MAX_PASSAGE_WORDS = 3000;

  private final Set<String> interviewerLabels;

  public Segmenter(Set<String> interviewerLabels) {
    this.interviewerLabels =
        interviewerLabels.stream().map(Segmenter::key).collect(Collectors.toUnmodifiableSet());
  }

  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }

  public SegmentedDocument segment(Document document) {
    String text = document.text();
    // Each line's label is parsed once: the speaker scan and the segmenting both need it.
    List<Line> lines = Line.split(text);
    Set<String> interviewers = interviewers(document);
    Set<String> speakers = speakers(lines, document, interviewers);
    Builder builder = new Builder(text);
    for (Line line : lines) {
      SpeakerLine label = line.label();
      if (label != null && speakers.contains(key(label.label()))) {
        builder.closeParagraph();
        builder.startTurn(label, interviewers.contains(key(label.label())), line.start());
        builder.addText(line.start() + label.textStart(), line.end());
      } else if (line.isBlank() || line.isHeading()) {
        builder.closeParagraph();
      } else {
        builder.addText(line.start(), line.end());
      }
    }
    builder.closeParagraph();
    return new SegmentedDocument(document, builder.passages, builder.turns, builder.cut);
  }

  private Set<String> interviewers(Document document) {
    Set<String> keys = new HashSet<>(interviewerLabels);
    document.origin().interviewerLabels().forEach(label -> keys.add(key(label)));
    for (String name : document.metadata("interviewer").split(";")) {
      String label = SpeakerName.label(name);
      if (!label.isEmpty()) {
        keys.add(key(label));
      }
    }
    return keys;
  }

  /**
   * Every label at the start of a line that may name a person, as first written, for
   * pseudonymisation: the speakers, and also a label used once that is not taken as a turn
   * ("Wieteke: Dank je."). A label only ever followed by lower-case text reads as a heading of
   * notes ("Knelpunt: de wachtlijst") and is left out, unless it is a marked or interviewer label.
   */
  public List<String> labelCandidates(Document document) {
    Set<String> interviewers = interviewers(document);
    Set<String> marked =
        document.origin().speakers().stream().map(Segmenter::key).collect(Collectors.toSet());
    Map<String, String> spellings = new LinkedHashMap<>();
    Set<String> speech = new HashSet<>();
    for (Line line : Line.split(document.text())) {
      SpeakerLine label = line.label();
      if (label != null) {
        String key = key(label.label());
        spellings.putIfAbsent(key, label.label());
        if (readsAsSpeech(line.content(), label)
            || marked.contains(key)
            || interviewers.contains(key)) {
          speech.add(key);
        }
      }
    }
    return spellings.entrySet().stream()
        .filter(entry -> speech.contains(entry.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /**
   * The line-start labels of the document that are interviewer labels (configured, from the format
   * or the metadata), as first written: a redacted copy names their placeholders as its
   * interviewer, so that its questions stay questions. {@code candidates} are the document's {@link
   * #labelCandidates}, which the caller has already found.
   */
  public List<String> interviewerLabels(Document document, List<String> candidates) {
    Set<String> interviewers = interviewers(document);
    return candidates.stream().filter(label -> interviewers.contains(key(label))).toList();
  }

  /**
   * The text after the label does not open in lower case: a turn, not a note's "Knelpunt: de
   * wachtlijst".
   */
  private static boolean readsAsSpeech(String line, SpeakerLine label) {
    String after = line.substring(label.textStart()).strip();
    return after.isEmpty() || !Character.isLowerCase(after.charAt(0));
  }

  private static Set<String> speakers(
      List<Line> lines, Document document, Set<String> interviewers) {
    Set<String> marked =
        document.origin().speakers().stream().map(Segmenter::key).collect(Collectors.toSet());
    Map<String, Integer> counts = new HashMap<>();
    boolean interviewed = false;
    for (Line line : lines) {
      SpeakerLine label = line.label();
      if (label != null) {
        String key = key(label.label());
        counts.merge(key, 1, Integer::sum);
        interviewed |= interviewers.contains(key);
      }
    }
    boolean acceptAll = interviewed;
    return counts.entrySet().stream()
        .filter(
            entry ->
                acceptAll
                    || entry.getValue() > 1
                    || marked.contains(entry.getKey())
                    || SpeakerLine.hasPlaceholder(entry.getKey()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** One line of the text, with its offsets and its speaker label, if any. */
  private record Line(String content, int start, int end, SpeakerLine label) {
    private static final Pattern HEADING = Pattern.compile("\\s*#{1,6}(\\s.*)?");

    static List<Line> split(String text) {
      List<Line> lines = new ArrayList<>();
      int start = 0;
      while (start <= text.length()) {
        int newline = text.indexOf('\n', start);
        int end = newline < 0 ? text.length() : newline;
        String content = text.substring(start, end);
        lines.add(new Line(content, start, end, SpeakerLine.parse(content)));
        if (newline < 0) {
          break;
        }
        start = newline + 1;
      }
      return lines;
    }

    boolean isBlank() {
      return content.isBlank();
    }

    boolean isHeading() {
      return content.indexOf('#') >= 0 && HEADING.matcher(content).matches();
    }
  }

  /** Collects paragraphs as lines arrive and turns closed paragraphs into passages. */
  private static final class Builder {
    private final String text;
    private final List<Passage> passages = new ArrayList<>();
    private final List<Turn> turns = new ArrayList<>();
    private String speaker = "";
    private boolean interviewer;
    private String question = "";
    private int paragraphStart = -1;
    private int paragraphEnd = -1;
    private int cut;

    Builder(String text) {
      this.text = text;
    }

    void startTurn(SpeakerLine label, boolean isInterviewer, int start) {
      speaker = label.label();
      turns.add(new Turn(speaker, isInterviewer, label.time(), start));
      interviewer = isInterviewer;
      if (isInterviewer) {
        question = "";
      }
    }

    void addText(int from, int to) {
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (from == to) {
        return;
      }
      if (paragraphStart < 0) {
        paragraphStart = from;
      }
      paragraphEnd = to;
    }

    void closeParagraph() {
      if (paragraphStart < 0) {
        return;
      }
      if (interviewer) {
        String asked = fold(text.substring(paragraphStart, paragraphEnd));
        question = question.isEmpty() ? asked : question + " " + asked;
      } else {
        for (int[] span : split(paragraphStart, paragraphEnd)) {
          passages.add(
              new Passage(
                  passages.size() + 1,
                  speaker,
                  span[0],
                  span[1],
                  fold(text.substring(span[0], span[1])),
                  question));
        }
      }
      paragraphStart = -1;
      paragraphEnd = -1;
    }

    /** Cuts a paragraph into balanced runs of whole sentences of at most about MAX_WORDS. */
    private List<int[]> split(int from, int to) {
      String paragraph = text.substring(from, to);
      int words = Words.count(paragraph);
      if (words <= MAX_WORDS) {
        return List.of(new int[] {from, to});
      }
      int pieces = (words + MAX_WORDS - 1) / MAX_WORDS;
      int target = (words + pieces - 1) / pieces;
      List<int[]> spans = new ArrayList<>();
      int chunkStart = 0;
      int chunkWords = 0;
      for (int start = 0, end = sentenceEnd(paragraph, 0);
          start < paragraph.length();
          start = end, end = sentenceEnd(paragraph, end)) {
        chunkWords += Words.count(paragraph, start, end);
        boolean last = end == paragraph.length();
        if ((chunkWords >= target && spans.size() < pieces - 1) || last) {
          spans.add(trim(from + chunkStart, from + end));
          chunkStart = end;
          chunkWords = 0;
        }
      }
      spans.removeIf(span -> span[0] >= span[1]);
      List<int[]> capped = new ArrayList<>();
      for (int[] span : spans) {
        int spanWords = Words.count(text, span[0], span[1]);
        if (spanWords > MAX_PASSAGE_WORDS) {
          cut++;
          capped.addAll(cutAtWords(span[0], span[1], spanWords));
        } else {
          capped.add(span);
        }
      }
      return capped;
    }

    /** Cuts a span with no sentence end into balanced runs of at most MAX_PASSAGE_WORDS words. */
    private List<int[]> cutAtWords(int from, int to, int words) {
      int pieces = (words + MAX_PASSAGE_WORDS - 1) / MAX_PASSAGE_WORDS;
      int target = (words + pieces - 1) / pieces;
      List<int[]> spans = new ArrayList<>();
      int pieceStart = from;
      int counted = 0;
      for (int i = from; i < to; i++) {
        boolean wordStarts =
            !Character.isWhitespace(text.charAt(i))
                && (i == from || Character.isWhitespace(text.charAt(i - 1)));
        if (wordStarts && counted == target) {
          spans.add(trim(pieceStart, i));
          pieceStart = i;
          counted = 0;
        }
        if (wordStarts) {
          counted++;
        }
      }
      spans.add(trim(pieceStart, to));
      return spans;
    }

    private int[] trim(int from, int to) {
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      return new int[] {from, to};
    }
  }

  /**
   * Where the sentence starting at {@code from} ends: after a run of {@code .}, {@code !}, {@code
   * ?} or {@code …} (and any closing quote or bracket) that white space follows, or at the end of
   * the text.
   */
  static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (".!?…".indexOf(text.charAt(i)) >= 0) {
        int end = i + 1;
        while (end < text.length() && ".!?…\"'”’)".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        if (end == text.length() || Character.isWhitespace(text.charAt(end))) {
          return end;
        }
        i = end - 1;
      }
    }
    return text.length();
  }

  /** The text with each run of white space folded to one space, and none at either end. */
  public static String fold(String text) {
    char[] folded = new char[text.length()];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || Character.isWhitespace(c)) {
        space = length > 0;
      } else {
        if (space) {
          folded[length++] = ' ';
          space = false;
        }
        folded[length++] = c;
      }
    }
    return new String(folded, 0, length);
  }
}

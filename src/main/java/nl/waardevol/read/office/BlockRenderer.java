package nl.waardevol.read.office;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.waardevol.read.SpeakerName;

/**
 * Renders a word processor's paragraphs and table rows as the plain text the segmenter reads: one
 * paragraph per block, blank lines between them, headings as {@code # ...}, and speaker turns as
 * {@code Label: text}.
 *
 * <p>A speaker is taken from a bold name at the start of a paragraph ({@code **Moeder:** Nou},
 * {@code **Moeder**: Nou}, or {@code **Moeder:**} alone above the turn), and from a table row of a
 * name and its text (optionally after a row number and a time cell). A bold name without a colon,
 * and a table row, count when the name is known: an interviewer label, a name seen with a colon
 * elsewhere, or one that recurs; a table row also when its table has two columns and the name looks
 * like one ({@code Moeder}, {@code Sanne de Graaf}), so that a bold word or a table of facts is not
 * taken for a speaker. A header row ({@code Spreker | Tekst}) is left out; a row that is no turn
 * keeps its cells apart ({@code Wat hielp – Een vaste begeleider.}).
 */
final class BlockRenderer {
  /** The text and the speakers found by their formatting or layout. */
  record Rendered(String text, List<String> speakers) {}

  private record Turn(String time, String label, boolean certain, String rest) {}

  private static final Pattern TIME =
      Pattern.compile("\\[?(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?)\\]?");
  private static final Pattern LEADING_TIME = Pattern.compile(TIME.pattern() + "\\s+");
  private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,5}\\.?");
  private static final Pattern NAME_WORD =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|van|de|der|den|het|ten|ter|te|op|'t|la|le|du|von");
  private static final Set<String> HEADER_WORDS =
      Set.of(
          "spreker",
          "speaker",
          "naam",
          "name",
          "wie",
          "persoon",
          "tekst",
          "text",
          "transcript",
          "uitspraak",
          "tijd",
          "time",
          "tijdcode",
          "timecode",
          "start",
          "begin",
          "nr",
          "nr.",
          "nummer",
          "#",
          "regel");

  private final Set<String> interviewerLabels;

  /** {@code interviewerLabels}: labels known as speakers before the document is read. */
  BlockRenderer(Set<String> interviewerLabels) {
    this.interviewerLabels =
        interviewerLabels.stream().map(BlockRenderer::key).collect(Collectors.toUnmodifiableSet());
  }

  Rendered render(List<Block> blocks) {
    List<Turn> turns = new ArrayList<>();
    for (Block block : blocks) {
      turns.add(
          block instanceof Block.Paragraph paragraph
              ? boldLabel(paragraph)
              : rowLabel((Block.Row) block));
    }
    Set<String> known = knownLabels(turns);
    boolean[] twoColumns = twoColumnTables(blocks);
    List<String> paragraphs = new ArrayList<>();
    Set<String> speakers = new LinkedHashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      Turn turn = turns.get(i);
      Block block = blocks.get(i);
      String text;
      if (block instanceof Block.Row row
          && isHeader(row, i == 0 || !(blocks.get(i - 1) instanceof Block.Row))) {
        text = "";
      } else if (turn != null
          && (turn.certain()
              || known.contains(key(turn.label()))
              || twoColumns[i] && nameLike(turn.label()))) {
        speakers.add(turn.label());
        text =
            (turn.time() == null ? "" : "[" + turn.time() + "] ")
                + turn.label()
                + ":"
                + (turn.rest().isEmpty() ? "" : " " + turn.rest());
      } else {
        text = plain(block);
      }
      if (!text.isBlank()) {
        paragraphs.add(text);
      }
    }
    String joined = String.join("\n\n", paragraphs);
    return new Rendered(joined.isEmpty() ? "" : joined + "\n", List.copyOf(speakers));
  }

  /** Interviewer labels, names written with a colon, and names found more than once. */
  private Set<String> knownLabels(List<Turn> turns) {
    Set<String> known = new HashSet<>(interviewerLabels);
    Map<String, Integer> uncertain = new HashMap<>();
    for (Turn turn : turns) {
      if (turn != null && turn.certain()) {
        known.add(key(turn.label()));
      } else if (turn != null && uncertain.merge(key(turn.label()), 1, Integer::sum) > 1) {
        known.add(key(turn.label()));
      }
    }
    return known;
  }

  /**
   * For each block, whether it is a row of a table (consecutive rows) of at most two columns past
   * number and time.
   */
  private static boolean[] twoColumnTables(List<Block> blocks) {
    boolean[] two = new boolean[blocks.size()];
    int start = 0;
    while (start < blocks.size()) {
      int end = start;
      boolean narrow = true;
      while (end < blocks.size() && blocks.get(end) instanceof Block.Row row) {
        narrow &= withoutNumberAndTime(cellTexts(row)).size() <= 2;
        end++;
      }
      for (int i = start; i < end; i++) {
        two[i] = narrow;
      }
      start = Math.max(end, start + 1);
    }
    return two;
  }

  /** A first row whose every cell is a column name such as Spreker, Tijd or Tekst. */
  private static boolean isHeader(Block.Row row, boolean first) {
    List<String> cells = cellTexts(row);
    return first
        && !cells.isEmpty()
        && cells.stream().allMatch(cell -> HEADER_WORDS.contains(key(cell)));
  }

  /**
   * One to three words that start with a capital, or particles such as {@code de} and {@code van}.
   */
  private static boolean nameLike(String label) {
    String[] words = label.split(" ");
    return words.length <= 3
        && Arrays.stream(words).allMatch(word -> NAME_WORD.matcher(word).matches())
        && Arrays.stream(words).anyMatch(word -> Character.isUpperCase(word.charAt(0)));
  }

  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }

  private static String plain(Block block) {
    if (block instanceof Block.Paragraph paragraph) {
      String text = paragraph.text().strip();
      return paragraph.heading() && !text.isEmpty() ? "# " + text.replaceAll("\\s+", " ") : text;
    }
    return joinCells(cellTexts((Block.Row) block));
  }

  /**
   * A row's cells as one text; a dash keeps a cell that ends without punctuation apart from the
   * next.
   */
  private static String joinCells(List<String> cells) {
    StringBuilder text = new StringBuilder();
    for (String cell : cells) {
      if (!text.isEmpty()) {
        text.append(".?!:;…".indexOf(text.charAt(text.length() - 1)) >= 0 ? " " : " – ");
      }
      text.append(cell);
    }
    return text.toString();
  }

  /** A bold name at the start of a paragraph, or null. */
  private static Turn boldLabel(Block.Paragraph paragraph) {
    if (paragraph.heading()) {
      return null;
    }
    String text = paragraph.text();
    boolean[] bold = boldMask(paragraph);
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = start;
    boolean anyBold = false;
    while (end < text.length()
        && text.charAt(end) != '\n'
        && (bold[end] || Character.isWhitespace(text.charAt(end)))) {
      anyBold |= bold[end];
      end++;
    }
    if (!anyBold) {
      return null;
    }
    String prefix = text.substring(start, end);
    String rest = text.substring(end);
    String time = null;
    Matcher timed = LEADING_TIME.matcher(prefix);
    if (timed.lookingAt()) {
      time = timed.group(1);
      prefix = prefix.substring(timed.end());
    }
    int colon = prefix.indexOf(':');
    boolean certain = true;
    if (colon >= 0) {
      rest = prefix.substring(colon + 1) + rest;
      prefix = prefix.substring(0, colon);
    } else if (rest.stripLeading().startsWith(":")) {
      rest = rest.stripLeading().substring(1);
    } else {
      certain = false;
    }
    return turn(time, prefix, rest, certain);
  }

  /** A table row of a name and its text, after an optional row number and time, or null. */
  private static Turn rowLabel(Block.Row row) {
    List<String> cells = withoutNumber(cellTexts(row));
    Matcher time = TIME.matcher(cells.isEmpty() ? "" : cells.get(0));
    if (cells.size() == 3 && time.matches()) {
      return turn(time.group(1), stripColon(cells.get(1)), cells.get(2), false);
    }
    return cells.size() == 2 ? turn(null, stripColon(cells.get(0)), cells.get(1), false) : null;
  }

  /** The cells after a leading row number ({@code 1 | I | Wat nog meer?}). */
  private static List<String> withoutNumber(List<String> cells) {
    return cells.size() > 2 && ROW_NUMBER.matcher(cells.get(0)).matches()
        ? cells.subList(1, cells.size())
        : cells;
  }

  /** The cells after a leading row number and time. */
  private static List<String> withoutNumberAndTime(List<String> cells) {
    List<String> rest = withoutNumber(cells);
    return rest.size() > 2 && TIME.matcher(rest.get(0)).matches()
        ? rest.subList(1, rest.size())
        : rest;
  }

  private static String stripColon(String cell) {
    return cell.endsWith(":") ? cell.substring(0, cell.length() - 1) : cell;
  }

  private static Turn turn(String time, String prefix, String rest, boolean certain) {
    String label = prefix.strip();
    boolean plausible = SpeakerName.isPlausible(label) && (certain || !label.endsWith("."));
    return plausible ? new Turn(time, label, certain, rest.strip()) : null;
  }

  private static List<String> cellTexts(Block.Row row) {
    List<String> cells = new ArrayList<>();
    for (List<Block.Paragraph> cell : row.cells()) {
      List<String> lines =
          cell.stream().map(p -> p.text().strip()).filter(t -> !t.isEmpty()).toList();
      if (!lines.isEmpty()) {
        cells.add(String.join("\n", lines));
      }
    }
    return cells;
  }

  private static boolean[] boldMask(Block.Paragraph paragraph) {
    boolean[] bold = new boolean[paragraph.text().length()];
    int at = 0;
    for (Block.Run run : paragraph.runs()) {
      for (int i = 0; i < run.text().length(); i++) {
        bold[at++] = run.bold();
      }
    }
    return bold;
  }
}

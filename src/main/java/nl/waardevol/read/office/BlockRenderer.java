package nl.waardevol.read.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.waardevol.read.SpeakerName;

/**
 * Renders a word processor's paragraphs and table rows as the plain text the segmenter reads:
 * one paragraph per block, blank lines between them, headings as {@code # ...}, and speaker
 * turns as {@code Label: text}.
 *
 * <p>A speaker is taken from a bold name at the start of a paragraph ({@code **Moeder:** Nou},
 * {@code **Moeder**: Nou}, or {@code **Moeder:**} alone above the turn), and from a table row of
 * a name and its text (optionally after a time cell). A bold name without a colon, and a table
 * row, count only when the same name does so more than once, so that a bold word is not taken
 * for a speaker.
 */
final class BlockRenderer {
  /** The text and the speakers found by their formatting or layout. */
  record Rendered(String text, List<String> speakers) {}

  private record Turn(String time, String label, boolean certain, String rest) {}

  private static final Pattern TIME = Pattern.compile("\\[?(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?)\\]?");
  private static final Pattern LEADING_TIME = Pattern.compile(TIME.pattern() + "\\s+");

  Rendered render(List<Block> blocks) {
    List<Turn> turns = new ArrayList<>();
    Map<String, Integer> uncertain = new HashMap<>();
    for (Block block : blocks) {
      Turn turn = block instanceof Block.Paragraph paragraph ? boldLabel(paragraph) : rowLabel((Block.Row) block);
      turns.add(turn);
      if (turn != null && !turn.certain()) {
        uncertain.merge(turn.label(), 1, Integer::sum);
      }
    }
    List<String> paragraphs = new ArrayList<>();
    Set<String> speakers = new LinkedHashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      Turn turn = turns.get(i);
      String text;
      if (turn != null && (turn.certain() || uncertain.get(turn.label()) > 1)) {
        speakers.add(turn.label());
        text = (turn.time() == null ? "" : "[" + turn.time() + "] ") + turn.label() + ":" + (turn.rest().isEmpty() ? "" : " " + turn.rest());
      } else {
        text = plain(blocks.get(i));
      }
      if (!text.isBlank()) {
        paragraphs.add(text);
      }
    }
    String joined = String.join("\n\n", paragraphs);
    return new Rendered(joined.isEmpty() ? "" : joined + "\n", List.copyOf(speakers));
  }

  private static String plain(Block block) {
    if (block instanceof Block.Paragraph paragraph) {
      String text = paragraph.text().strip();
      return paragraph.heading() && !text.isEmpty() ? "# " + text.replaceAll("\\s+", " ") : text;
    }
    List<String> cells = cellTexts((Block.Row) block);
    return String.join("\n", cells);
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
    while (end < text.length() && text.charAt(end) != '\n' && (bold[end] || Character.isWhitespace(text.charAt(end)))) {
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

  /** A table row of a name and its text, optionally after a time, or null. */
  private static Turn rowLabel(Block.Row row) {
    List<String> cells = cellTexts(row);
    Matcher time = TIME.matcher(cells.isEmpty() ? "" : cells.get(0));
    if (cells.size() == 3 && time.matches()) {
      return turn(time.group(1), stripColon(cells.get(1)), cells.get(2), false);
    }
    if (cells.size() == 2) {
      return turn(null, stripColon(cells.get(0)), cells.get(1), false);
    }
    return null;
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
      List<String> lines = cell.stream().map(p -> p.text().strip()).filter(t -> !t.isEmpty()).toList();
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

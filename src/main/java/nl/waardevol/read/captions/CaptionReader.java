package nl.waardevol.read.captions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.waardevol.read.DecodedText;
import nl.waardevol.read.Document;
import nl.waardevol.read.Format;
import nl.waardevol.read.FrontMatter;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.Origin;

/**
 * Reads captions as meeting software exports them, WebVTT ({@code .vtt}) or SubRip ({@code .srt}):
 * cue numbers, identifiers, timings, styling and {@code NOTE} comments are not text; {@code <v
 * Name>} voice tags and {@code Name:} prefixes give the speakers; see {@link CaptionTurns} for how
 * cues become turns.
 *
 * <p>Metadata: in a .vtt, a {@code NOTE} block whose lines are all {@code key: value} (which
 * players ignore), and a {@code Language:} header; in a .srt, which has no comments, YAML front
 * matter between {@code ---} lines at the top, as in a text transcript.
 */
public final class CaptionReader {
  private static final String TIME = "((?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})";
  private static final Pattern TIMING =
      Pattern.compile("^\\s*" + TIME + "\\s*-->\\s*" + TIME + "(?:\\s.*)?$");
  private static final Pattern KEY_VALUE =
      Pattern.compile("^\\s*[\\p{L}_][\\p{L}\\p{N}_ .-]*:(?:\\s.*)?$");

  /** Lines between blank lines, and the file line of the first. */
  private record Block(int line, List<String> lines) {}

  private final FrontMatter frontMatter = new FrontMatter();

  public Document read(DecodedText decoded, Format format, String source, String defaultId)
      throws InputProblem {
    String text = decoded.text();
    Map<String, String> metadata = new LinkedHashMap<>();
    int firstLine = 1;
    boolean vtt = format == Format.WEBVTT;
    if (vtt && !text.startsWith("WEBVTT")) {
      throw new InputProblem(
          source,
          1,
          "does not start with WEBVTT, so it is not a WebVTT caption file; export the captions again, or give the file the extension of what it is");
    }
    if (!vtt) {
      FrontMatter.Parts parts = frontMatter.split(text, source);
      metadata.putAll(parts.metadata());
      text = parts.body();
      firstLine = parts.bodyLine();
    }
    List<Block> blocks = blocks(text, firstLine);
    List<Cue> cues = new ArrayList<>();
    int cueCount = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String first = block.lines().get(0);
      if (vtt && i == 0) {
        header(block, metadata);
      } else if (vtt && first.matches("NOTE(\\s.*)?")) {
        note(block, metadata, source);
      } else if (!(vtt && (first.equals("STYLE") || first.equals("REGION")))) {
        cueCount += cue(block, cues, source, vtt) ? 1 : 0;
      }
    }
    if (cueCount == 0) {
      throw new InputProblem(
          source,
          0,
          "has no caption cues (a time line such as 00:00:01"
              + (vtt ? "." : ",")
              + "000 --> 00:00:04"
              + (vtt ? "." : ",")
              + "000 and text); export the captions again");
    }
    CaptionTurns.Rendered rendered = CaptionTurns.render(cues);
    if (rendered.text().isBlank()) {
      throw new InputProblem(
          source,
          0,
          "has caption cues but no text in them; export the captions again with their text");
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("cues", Integer.toString(cueCount));
    if (!rendered.speakers().isEmpty()) {
      details.put("caption speakers", String.join(", ", rendered.speakers()));
    }
    Origin origin = new Origin(format, decoded.encoding(), rendered.speakers(), List.of(), details);
    return Document.of(defaultId, source, metadata, rendered.text(), 1, origin);
  }

  /** Reads one cue; false when the block was text that continues the cue before it. */
  private static boolean cue(Block block, List<Cue> cues, String source, boolean vtt)
      throws InputProblem {
    List<String> lines = block.lines();
    int timing =
        lines.get(0).contains("-->")
            ? 0
            : lines.size() > 1 && lines.get(1).contains("-->") ? 1 : -1;
    if (timing < 0) {
      if (cues.isEmpty()) {
        throw new InputProblem(
            source,
            block.line(),
            "is not a caption cue: a cue has a time line such as 00:00:01"
                + (vtt ? "." : ",")
                + "000 --> 00:00:04"
                + (vtt ? "." : ",")
                + "000; check that this is a caption file");
      }
      cues.addAll(CueText.parse(cues.get(cues.size() - 1).start(), lines));
      return false;
    }
    Matcher matcher = TIMING.matcher(lines.get(timing));
    if (!matcher.matches()) {
      throw new InputProblem(
          source,
          block.line() + timing,
          "has a cue time line that cannot be read ('"
              + lines.get(timing).strip()
              + "'); write it as 00:00:01"
              + (vtt ? "." : ",")
              + "000 --> 00:00:04"
              + (vtt ? "." : ",")
              + "000");
    }
    cues.addAll(CueText.parse(seconds(matcher.group(1)), lines.subList(timing + 1, lines.size())));
    return true;
  }

  private static void header(Block block, Map<String, String> metadata) {
    for (String line : block.lines().subList(1, block.lines().size())) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("language")) {
        metadata.putIfAbsent("language", line.substring(colon + 1).strip());
      }
    }
  }

  private void note(Block block, Map<String, String> metadata, String source) throws InputProblem {
    List<String> lines = new ArrayList<>();
    String first = block.lines().get(0).substring(4).strip();
    if (!first.isEmpty()) {
      lines.add(first);
    }
    lines.addAll(block.lines().subList(1, block.lines().size()));
    if (lines.isEmpty() || !lines.stream().allMatch(line -> KEY_VALUE.matcher(line).matches())) {
      return;
    }
    int yamlLine = block.line() + (first.isEmpty() ? 1 : 0);
    metadata.putAll(frontMatter.parse(String.join("\n", lines), source, yamlLine));
  }

  private static List<Block> blocks(String text, int firstLine) {
    List<Block> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int start = firstLine;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(new Block(start, current));
          current = new ArrayList<>();
        }
      } else {
        if (current.isEmpty()) {
          start = firstLine + i;
        }
        current.add(lines[i]);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(new Block(start, current));
    }
    return blocks;
  }

  private static double seconds(String time) {
    String[] parts = time.replace(',', '.').split(":");
    double seconds = 0;
    for (String part : parts) {
      seconds = seconds * 60 + Double.parseDouble(part);
    }
    return seconds;
  }
}

package nl.waardevol.read.captions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans a cue's text lines: voice tags, other tags, styling codes and character references. */
final class CueText {
  private static final Pattern VOICE = Pattern.compile("^\\s*<v(?:\\.[^\\s>]*)?\\s+([^>]*)>");
  private static final Pattern TAG = Pattern.compile("<[^>\\n]*>|\\{\\\\[^}]*\\}");
  private static final Pattern REFERENCE =
      Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);");
  private static final Pattern PREFIX = Pattern.compile("^\\s*([^:?!]{1,50}?)\\s*:\\s+(\\S.*)$");
  private static final int MAX_PREFIX_WORDS = 5;

  private CueText() {}

  /**
   * The lines of one cue: a voice tag covers the lines after it, and only the first line may have a
   * {@code Name:} prefix.
   */
  static List<Cue> parse(double start, List<String> lines) {
    List<Cue> cues = new ArrayList<>();
    String voice = null;
    for (String line : lines) {
      Cue cue = parse(start, line, voice, cues.isEmpty());
      voice = cue.voice();
      cues.add(cue);
    }
    return cues;
  }

  private static Cue parse(double start, String line, String voiceBefore, boolean first) {
    Matcher voice = VOICE.matcher(line);
    String speaker = voiceBefore;
    String rest = line;
    if (voice.find()) {
      speaker = references(voice.group(1)).strip();
      rest = line.substring(voice.end());
    }
    String text = references(TAG.matcher(rest).replaceAll("")).strip();
    if (speaker == null && first) {
      Matcher prefix = PREFIX.matcher(text);
      if (prefix.matches() && prefix.group(1).strip().split("\\s+").length <= MAX_PREFIX_WORDS) {
        return new Cue(start, null, prefix.group(1).strip(), text, prefix.group(2).strip());
      }
    }
    return new Cue(start, speaker == null || speaker.isEmpty() ? null : speaker, null, text, null);
  }

  private static String references(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(reference(matcher.group(1), matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String reference(String name, String whole) {
    if (name.startsWith("#")) {
      int code =
          name.startsWith("#x")
              ? Integer.parseInt(name.substring(2), 16)
              : Integer.parseInt(name.substring(1));
      return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : whole;
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      case "lrm", "rlm" -> "";
      default -> whole;
    };
  }
}

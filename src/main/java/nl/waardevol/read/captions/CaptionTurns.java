package nl.waardevol.read.captions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.waardevol.read.SpeakerName;

/**
 * Merges caption lines into speaker turns and renders them as {@code [hh:mm:ss] Name: text}
 * paragraphs, the time being the start of the turn's first cue.
 *
 * <p>A {@code <v Name>} tag always names the speaker, for the rest of its cue. A {@code Name:}
 * prefix on a cue's first line does when most untagged cues have one (the file writes every speaker
 * so) or when the same name recurs; otherwise it is text, and on a cue's later lines it always is,
 * so that a wrapped "Wat werkte: rust" stays a sentence. A line without a speaker continues the one
 * before; consecutive lines of one speaker become one turn.
 */
final class CaptionTurns {
  /** The rendered text and the speakers' labels in order of appearance. */
  record Rendered(String text, List<String> speakers) {}

  private static final class Turn {
    final double start;
    final String label;
    final StringBuilder text = new StringBuilder();
    String last = "";

    Turn(double start, String label) {
      this.start = start;
      this.label = label;
    }

    void add(String piece) {
      // Rolling captions repeat a line in the next cue; once is enough.
      if (!piece.equals(last)) {
        text.append(text.isEmpty() ? "" : " ").append(piece);
        last = piece;
      }
    }
  }

  private CaptionTurns() {}

  static Rendered render(List<Cue> cues) {
    Map<String, Integer> prefixes = new HashMap<>();
    int untagged = 0;
    for (Cue cue : cues) {
      if (cue.voice() == null) {
        untagged++;
      }
      if (cue.prefix() != null) {
        prefixes.merge(cue.prefix(), 1, Integer::sum);
      }
    }
    int prefixed = prefixes.values().stream().mapToInt(Integer::intValue).sum();
    boolean everyonePrefixed = prefixed > 0 && prefixed * 2 >= untagged;
    List<Turn> turns = new ArrayList<>();
    String speaker = "";
    for (Cue cue : cues) {
      String text = cue.text();
      if (cue.voice() != null) {
        speaker = SpeakerName.label(cue.voice());
      } else if (cue.prefix() != null && (everyonePrefixed || prefixes.get(cue.prefix()) > 1)) {
        speaker = SpeakerName.label(cue.prefix());
        text = cue.afterPrefix();
      }
      if (text.isEmpty()) {
        continue;
      }
      Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
      if (last == null || !last.label.equals(speaker)) {
        last = new Turn(cue.start(), speaker);
        turns.add(last);
      }
      last.add(text);
    }
    List<String> paragraphs = new ArrayList<>();
    Set<String> speakers = new LinkedHashSet<>();
    for (Turn turn : turns) {
      if (turn.label.isEmpty()) {
        paragraphs.add(turn.text.toString());
      } else {
        speakers.add(turn.label);
        paragraphs.add("[" + clock(turn.start) + "] " + turn.label + ": " + turn.text);
      }
    }
    String text = String.join("\n\n", paragraphs);
    return new Rendered(text.isEmpty() ? "" : text + "\n", List.copyOf(speakers));
  }

  private static String clock(double seconds) {
    long whole = (long) seconds;
    return String.format(
        java.util.Locale.ROOT, "%02d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
  }
}

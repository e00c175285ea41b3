package nl.waardevol.inspect;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes inspections for people (aligned text) or for scripts (JSON). */
public final class InspectionWriter {
  /** Documents shown per file in text; a survey can have hundreds, JSON lists them all. */
  static final int DOCUMENTS_SHOWN = 5;

  private static final int QUOTE_LENGTH = 100;

  private InspectionWriter() {}

  /**
   * The project settings file a run used ({@code waardevol.yaml}), and each setting as read (files
   * relative to the working folder), with a note where the command did not use it.
   */
  public record Settings(String file, Map<String, String> values) {}

  /** {@code settings}: null when the run read no settings file. */
  public static void text(Settings settings, List<Inspection> inspections, Writer out)
      throws IOException {
    StringBuilder text = new StringBuilder();
    if (settings != null) {
      text.append(settings.file()).append(" (project settings)\n");
      if (settings.values().isEmpty()) {
        line(text, "", "none");
      }
      settings.values().forEach((key, value) -> line(text, key, value));
      text.append('\n');
    }
    for (Inspection inspection : inspections) {
      text.append(inspection.file()).append('\n');
      if (!inspection.readable()) {
        line(text, "problem", inspection.problem());
      } else {
        fileLines(text, inspection);
      }
      text.append('\n');
    }
    text.append(summary(inspections)).append('\n');
    out.write(text.toString());
  }

  private static void fileLines(StringBuilder text, Inspection inspection) {
    line(text, "format", inspection.formatLabel());
    if (!inspection.encoding().isEmpty()) {
      line(text, "encoding", inspection.encoding());
    }
    inspection.details().forEach((key, value) -> line(text, key, value));
    List<Inspection.DocumentView> documents = inspection.documents();
    for (Inspection.DocumentView document :
        documents.subList(0, Math.min(DOCUMENTS_SHOWN, documents.size()))) {
      documentLines(text, document, inspection.format().startsWith("coded"));
    }
    if (documents.size() > DOCUMENTS_SHOWN) {
      line(
          text,
          "",
          "... and "
              + (documents.size() - DOCUMENTS_SHOWN)
              + " more documents (--format json lists them all)");
    }
  }

  private static void documentLines(
      StringBuilder text, Inspection.DocumentView document, boolean table) {
    line(text, "document", document.id());
    if (table) {
      line(text, "passages", Integer.toString(document.passages()));
      return;
    }
    line(
        text,
        "language",
        document.language()
            + (document.languageFrom().equals("metadata")
                ? " (from the metadata)"
                : " (guessed from the text)"));
    List<String> metadata = new ArrayList<>();
    document.metadata().forEach((key, value) -> metadata.add(key + ": " + value));
    line(text, "metadata", metadata.isEmpty() ? "none" : String.join("; ", metadata));
    line(
        text,
        "turns",
        document.turns() == 0
            ? "none: no speaker labels, all text is respondent text"
            : document.turns() + ", of which " + document.interviewerTurns() + " interviewer");
    List<String> speakers = new ArrayList<>();
    for (Inspection.Speaker speaker : document.speakers()) {
      speakers.add(
          speaker.label()
              + " ("
              + speaker.turns()
              + (speaker.turns() == 1 ? " turn" : " turns")
              + (speaker.interviewer() ? ", interviewer)" : ")"));
    }
    if (!speakers.isEmpty()) {
      line(text, "speakers", String.join(", ", speakers));
    }
    line(text, "passages", Integer.toString(document.passages()));
    for (Inspection.PassageView passage : document.firstPassages()) {
      String who = passage.speaker().isEmpty() ? "" : " " + passage.speaker();
      String when = passage.time().isEmpty() ? "" : " [" + passage.time() + "]";
      line(text, "", "#" + passage.number() + who + when + ": " + shorten(passage.text()));
    }
  }

  private static void line(StringBuilder text, String key, String value) {
    // One line per entry: a multi-line metadata value or passage is folded, so that the layout
    // holds.
    text.append("  ")
        .append(String.format("%-16s", key))
        .append(' ')
        .append(value.strip().replaceAll("\\s*\\R\\s*", " "))
        .append('\n');
  }

  private static String shorten(String text) {
    return text.length() <= QUOTE_LENGTH
        ? text
        : text.substring(0, QUOTE_LENGTH).stripTrailing() + "…";
  }

  private static String summary(List<Inspection> inspections) {
    long documents = inspections.stream().mapToLong(i -> i.documents().size()).sum();
    long unreadable = inspections.stream().filter(i -> !i.readable()).count();
    return inspections.size()
        + (inspections.size() == 1 ? " file, " : " files, ")
        + documents
        + (documents == 1 ? " document" : " documents")
        + (unreadable == 0 ? "" : ", " + unreadable + " cannot be read");
  }

  /** The records as they are, names in snake case: {@code format_label}, {@code first_passages}. */
  public static void json(Settings settings, List<Inspection> inspections, Writer out)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    if (settings != null) {
      root.put("settings", settings);
    }
    root.put("files", inspections);
    root.put("summary", summary(inspections));
    ObjectMapper json =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeValue(out, root);
    out.write('\n');
  }
}

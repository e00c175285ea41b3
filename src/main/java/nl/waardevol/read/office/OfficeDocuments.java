package nl.waardevol.read.office;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.waardevol.read.Document;
import nl.waardevol.read.Format;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.Origin;

/** What .docx and .odt share once their blocks and properties are read. */
final class OfficeDocuments {
  private OfficeDocuments() {}

  static Document create(
      List<Block> blocks,
      Set<String> interviewerLabels,
      Map<String, String> metadata,
      LeftOut leftOut,
      Format format,
      String source,
      String defaultId)
      throws InputProblem {
    BlockRenderer.Rendered rendered = new BlockRenderer(interviewerLabels).render(blocks);
    if (rendered.text().isBlank()) {
      throw new InputProblem(
          source, 0, "has no text in its body; add the transcript or leave the file out");
    }
    Map<String, String> details = new LinkedHashMap<>();
    if (!rendered.speakers().isEmpty()) {
      details.put("bold/table names", String.join(", ", rendered.speakers()));
    }
    String left = leftOut.describe();
    details.put(
        "left out",
        (left.isEmpty() ? "" : left + "; ") + "headers, footers and comment text are never read");
    Origin origin =
        new Origin(format, "XML in a zip archive", rendered.speakers(), List.of(), details);
    return Document.of(defaultId, source, metadata, rendered.text(), 1, origin);
  }

  /** Adds a property's value; a repeated key (ODF keywords) collects its values. */
  static void put(Map<String, String> metadata, String key, String value) {
    String stripped = value.strip().replaceAll("\\s+", " ");
    if (!stripped.isEmpty() && !key.isEmpty()) {
      metadata.merge(key, stripped, (before, added) -> before + "; " + added);
    }
  }
}

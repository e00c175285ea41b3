package nl.waardevol.read.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.waardevol.read.Document;
import nl.waardevol.read.Format;
import nl.waardevol.read.InputProblem;

/**
 * Reads an OpenDocument text (.odt) with the JDK's zip and XML support: the body as text (see
 * {@link OdtBody} and {@link BlockRenderer}), and the document properties as metadata: title,
 * subject, author, keywords and description, and every custom property (File › Properties › Custom
 * Properties) under its name in lower case.
 */
public final class OdtReader {
  private static final String TEXT_TYPE = "application/vnd.oasis.opendocument.text";

  private final Set<String> interviewerLabels;
  private final Xml xml = new Xml();

  /** {@code interviewerLabels}: speaker labels known before the document is read. */
  public OdtReader(Set<String> interviewerLabels) {
    this.interviewerLabels = Set.copyOf(interviewerLabels);
  }

  public Document read(Path path, String source, String defaultId) throws InputProblem {
    try (OfficeZip zip = OfficeZip.open(path, source, ".odt")) {
      String mimetype = zip.text("mimetype");
      if (mimetype != null && !mimetype.strip().startsWith(TEXT_TYPE)) {
        throw new InputProblem(
            source,
            0,
            "is an OpenDocument file of another kind ("
                + mimetype.strip()
                + "), not a text document; save the text as .odt or .docx");
      }
      if (!zip.has("content.xml")) {
        throw new InputProblem(
            source,
            0,
            "is a zip archive but not an OpenDocument text (it has no content.xml); save it as .odt, or give it the extension of what it is");
      }
      StyleSheet styles = new StyleSheet();
      PartParser.read(
          zip,
          "styles.xml",
          null,
          in -> {
            OdtStyles.readStylesPart(xml, in, styles);
            return null;
          });
      LeftOut leftOut = new LeftOut();
      List<Block> blocks =
          PartParser.read(
              zip, "content.xml", List.of(), in -> new OdtBody(xml, styles, leftOut).read(in));
      Map<String, String> metadata = PartParser.read(zip, "meta.xml", Map.of(), this::meta);
      return OfficeDocuments.create(
          blocks, interviewerLabels, metadata, leftOut, Format.ODT, source, defaultId);
    } catch (IOException e) {
      throw new InputProblem(source, 0, "could not be read (" + e.getMessage() + ")");
    }
  }

  private Map<String, String> meta(InputStream in) throws XMLStreamException {
    XMLStreamReader reader = xml.open(in);
    Xml.root(reader);
    Map<String, String> metadata = new LinkedHashMap<>();
    String[] lastEditor = {""};
    Xml.children(
        reader,
        section -> {
          if (!section.equals("meta")) {
            Xml.skip(reader);
            return;
          }
          Xml.children(
              reader,
              name -> {
                switch (name) {
                  case "title", "subject", "description" ->
                      OfficeDocuments.put(metadata, name, Xml.text(reader));
                  case "keyword" -> OfficeDocuments.put(metadata, "keywords", Xml.text(reader));
                  case "initial-creator" ->
                      OfficeDocuments.put(metadata, "author", Xml.text(reader));
                  case "creator" -> lastEditor[0] = Xml.text(reader);
                  case "user-defined" -> {
                    String key = Xml.attribute(reader, "name");
                    OfficeDocuments.put(
                        metadata,
                        key == null ? "" : key.strip().toLowerCase(Locale.ROOT),
                        Xml.text(reader));
                  }
                  default -> Xml.skip(reader);
                }
              });
        });
    if (!metadata.containsKey("author")) {
      OfficeDocuments.put(metadata, "author", lastEditor[0]);
    }
    return metadata;
  }
}

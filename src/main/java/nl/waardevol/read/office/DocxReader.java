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
 * Reads a Word .docx with the JDK's zip and XML support: the body's paragraphs and tables as text
 * (see {@link DocxBody} and {@link BlockRenderer}), and the document properties as metadata: title,
 * subject, author, keywords and description, and every custom property (File › Properties ›
 * Custom), such as {@code region} and {@code role}, under its name in lower case.
 */
public final class DocxReader {
  private final Set<String> interviewerLabels;
  private final Xml xml = new Xml();

  /** {@code interviewerLabels}: speaker labels known before the document is read. */
  public DocxReader(Set<String> interviewerLabels) {
    this.interviewerLabels = Set.copyOf(interviewerLabels);
  }

  public Document read(Path path, String source, String defaultId) throws InputProblem {
    try (OfficeZip zip = OfficeZip.open(path, source, ".docx")) {
      Map<String, String> packageParts = relationships(zip, "");
      String main = packageParts.getOrDefault("officeDocument", "word/document.xml");
      if (!zip.has(main)) {
        throw new InputProblem(
            source,
            0,
            "is a zip archive but not a Word document (it has no "
                + main
                + "); save it as .docx, or give it the extension of what it is");
      }
      Map<String, String> mainParts = relationships(zip, main);
      StyleSheet styles =
          mainParts.containsKey("styles")
              ? PartParser.read(
                  zip, mainParts.get("styles"), new StyleSheet(), in -> DocxStyles.read(xml, in))
              : new StyleSheet();
      LeftOut leftOut = new LeftOut();
      List<Block> blocks =
          PartParser.read(zip, main, List.of(), in -> new DocxBody(xml, styles, leftOut).read(in));
      Map<String, String> metadata = new LinkedHashMap<>();
      if (packageParts.containsKey("core-properties")) {
        metadata.putAll(
            PartParser.read(
                zip, packageParts.get("core-properties"), Map.of(), this::coreProperties));
      }
      if (packageParts.containsKey("custom-properties")) {
        metadata.putAll(
            PartParser.read(
                zip, packageParts.get("custom-properties"), Map.of(), this::customProperties));
      }
      return OfficeDocuments.create(
          blocks, interviewerLabels, metadata, leftOut, Format.DOCX, source, defaultId);
    } catch (IOException e) {
      throw new InputProblem(source, 0, "could not be read (" + e.getMessage() + ")");
    }
  }

  private Map<String, String> relationships(OfficeZip zip, String part) throws InputProblem {
    try {
      return zip.relationships(xml, part);
    } catch (Xml.LimitReached e) {
      throw zip.refused(e);
    } catch (XMLStreamException | RuntimeException e) {
      throw zip.broken(part.isEmpty() ? "_rels/.rels" : part + " relationships", e);
    } catch (IOException e) {
      throw zip.tooLarge(e);
    }
  }

  private Map<String, String> coreProperties(InputStream in) throws XMLStreamException {
    XMLStreamReader reader = xml.open(in);
    Xml.root(reader);
    Map<String, String> metadata = new LinkedHashMap<>();
    Xml.children(
        reader,
        name -> {
          String key = coreKey(name);
          if (key == null) {
            Xml.skip(reader);
          } else {
            OfficeDocuments.put(metadata, key, Xml.text(reader));
          }
        });
    return metadata;
  }

  private Map<String, String> customProperties(InputStream in) throws XMLStreamException {
    XMLStreamReader reader = xml.open(in);
    Xml.root(reader);
    Map<String, String> metadata = new LinkedHashMap<>();
    Xml.children(
        reader,
        name -> {
          String key = Xml.attribute(reader, "name");
          if (name.equals("property") && key != null) {
            OfficeDocuments.put(metadata, key.strip().toLowerCase(Locale.ROOT), Xml.text(reader));
          } else {
            Xml.skip(reader);
          }
        });
    return metadata;
  }

  /** The metadata key of a core property, or null for those not kept (dates, last editor). */
  private static String coreKey(String element) {
    return switch (element) {
      case "title", "subject", "keywords", "description" -> element;
      case "creator" -> "author";
      default -> null;
    };
  }
}

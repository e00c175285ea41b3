package nl.waardevol.read.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.waardevol.read.FileSignature;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.Limits;

/**
 * The zip archive that a .docx or .odt is, read with the JDK's zip support. A part may unpack to at
 * most {@link Limits#MAX_PART} bytes, so that a zip bomb is refused instead of filling memory.
 */
final class OfficeZip implements AutoCloseable {
  private final ZipFile zip;
  private final String source;

  private OfficeZip(ZipFile zip, String source) {
    this.zip = zip;
    this.source = source;
  }

  /** Opens the archive, or says what the file is instead. */
  static OfficeZip open(Path path, String source, String kind) throws InputProblem {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(8);
    } catch (IOException e) {
      throw new InputProblem(
          source,
          0,
          "could not be read (" + e.getMessage() + "); check that the file exists and is readable");
    }
    FileSignature signature = FileSignature.of(head);
    if (signature == FileSignature.OLE2) {
      throw new InputProblem(
          source,
          0,
          "is an old Word 97-2003 document or a password-protected one, not a "
              + kind
              + "; open it in Word or LibreOffice and save it as "
              + kind
              + " without a password");
    }
    if (signature != FileSignature.ZIP) {
      String what =
          signature == FileSignature.OTHER ? "" : " (it is " + signature.description() + ")";
      throw new InputProblem(
          source,
          0,
          "is not a "
              + kind
              + " document: its content is not a zip archive"
              + what
              + "; save it again as "
              + kind
              + ", or give it the extension of what it is");
    }
    try {
      return new OfficeZip(new ZipFile(path.toFile()), source);
    } catch (ZipException e) {
      throw new InputProblem(
          source, 0, "is a damaged zip archive (" + e.getMessage() + "); save it again as " + kind);
    } catch (IOException e) {
      throw new InputProblem(
          source,
          0,
          "could not be read (" + e.getMessage() + "); check that the file exists and is readable");
    }
  }

  boolean has(String name) {
    return zip.getEntry(name) != null;
  }

  /** A part's bytes as a stream, or null when the archive has no such part. */
  InputStream part(String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null || entry.isDirectory()) {
      return null;
    }
    return Limits.part(zip, entry);
  }

  /** A small part's text, or null when absent. */
  String text(String name) throws IOException {
    try (InputStream in = part(name)) {
      return in == null
          ? null
          : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /**
   * The relationships of a part of an Office Open XML package, by the last word of their type
   * ({@code officeDocument}, {@code styles}, {@code core-properties}), as paths in the archive.
   */
  Map<String, String> relationships(Xml xml, String partName)
      throws IOException, XMLStreamException {
    int slash = partName.lastIndexOf('/');
    String folder = slash < 0 ? "" : partName.substring(0, slash + 1);
    String relsName = folder + "_rels/" + partName.substring(slash + 1) + ".rels";
    Map<String, String> targets = new LinkedHashMap<>();
    try (InputStream in = part(relsName)) {
      if (in == null) {
        return targets;
      }
      XMLStreamReader reader = xml.open(in);
      Xml.root(reader);
      Xml.children(
          reader,
          name -> {
            String type = Xml.attribute(reader, "Type");
            String target = Xml.attribute(reader, "Target");
            if (name.equals("Relationship")
                && type != null
                && target != null
                && !"External".equals(Xml.attribute(reader, "TargetMode"))) {
              targets.putIfAbsent(
                  type.substring(type.lastIndexOf('/') + 1), resolve(folder, target));
            }
            Xml.skip(reader);
          });
    }
    return targets;
  }

  private static String resolve(String folder, String target) {
    String path = target.startsWith("/") ? target.substring(1) : folder + target;
    return Path.of(path).normalize().toString().replace('\\', '/');
  }

  /** The message for a part that is not well-formed XML. */
  InputProblem broken(String part, Exception e) {
    return new InputProblem(
        source,
        0,
        "is damaged: its part "
            + part
            + " is not readable XML ("
            + e.getMessage().replaceAll("\\s+", " ")
            + ")");
  }

  /** The message for a part past one of the limits on depth or text. */
  InputProblem refused(Xml.LimitReached e) {
    return new InputProblem(source, 0, e.getMessage());
  }

  /** The message for a part that unpacks too large. */
  InputProblem tooLarge(IOException e) {
    return new InputProblem(source, 0, "could not be unpacked (" + e.getMessage() + ")");
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}

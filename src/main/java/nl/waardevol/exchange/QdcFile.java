package nl.waardevol.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.read.InputProblem;
import org.w3c.dom.Element;

/**
 * A REFI-QDA codebook file (.qdc): the code tree that ATLAS.ti, MAXQDA, NVivo and QualCoder
 * exchange.
 */
public final class QdcFile {
  static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

  private QdcFile() {}

  /** Writes the codebook's tree; {@code origin} names the program that wrote it. */
  public static void write(Codebook codebook, String origin, Writer out) throws IOException {
    try {
      XmlOut xml = new XmlOut(out, NAMESPACE);
      xml.start("CodeBook").attribute("origin", origin);
      CodeTree.write(xml, codebook);
      xml.end();
      xml.finish();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the codebook XML: " + e.getMessage(), e);
    }
  }

  /** The top-level codes of a codebook file, with their children. */
  public static List<QdaCode> read(InputStream in, String source) throws InputProblem, IOException {
    Element root = XmlIn.parse(in, source);
    Element codes = XmlIn.child(root, "Codes");
    if (!"CodeBook".equals(root.getLocalName()) || codes == null) {
      throw new InputProblem(
          source,
          0,
          "is not a REFI-QDA codebook (no CodeBook with Codes); export the codebook from the QDA package as .qdc");
    }
    return CodeTree.read(codes);
  }
}

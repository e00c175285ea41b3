package nl.waardevol.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.Limits;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XML of a QDA package. Elements are found by local name whatever their namespace
 * version, since packages write several; document types and external entities are refused, as the
 * file comes from elsewhere.
 */
final class XmlIn {
  private XmlIn() {}

  static Element parse(InputStream in, String source) throws InputProblem, IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      // The DOM and the readers of the code tree recurse on nesting: bound it.
      factory.setAttribute("jdk.xml.maxElementDepth", Integer.toString(Limits.MAX_DEPTH));
      DocumentBuilder builder = factory.newDocumentBuilder();
      // Throws on errors without printing them; the message goes into the InputProblem.
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(in).getDocumentElement();
    } catch (SAXParseException e) {
      throw new InputProblem(source, e.getLineNumber(), problem(e.getMessage()));
    } catch (SAXException e) {
      throw new InputProblem(source, 0, "is not well-formed XML (" + e.getMessage() + ")");
    } catch (java.io.CharConversionException | java.io.UnsupportedEncodingException e) {
      // Found by ReadersFuzzTest: an encoding the JDK lacks, or bytes not in the one declared.
      throw new InputProblem(
          source,
          0,
          "is not readable XML (" + e.getMessage() + "); export it from the QDA package again");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
  }

  /**
   * What is wrong, from the parser's message: the refusals of a document type and of deep nesting
   * said as such, anything else as not well-formed.
   */
  private static String problem(String message) {
    String said = String.valueOf(message);
    if (said.contains("maxElementDepth")) {
      return "nests XML elements more than "
          + Limits.MAX_DEPTH
          + " deep, as no REFI-QDA file does; export it again from the QDA package";
    }
    if (said.contains("DOCTYPE")) {
      return "has a document type declaration (<!DOCTYPE ...>), which is not allowed: REFI-QDA files need none, and one can make a parser read other files or expand without end; export the file again, or delete the <!DOCTYPE ...> line";
    }
    return "is not well-formed XML (" + said + ")";
  }

  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The text of a child element, or empty. */
  static String childText(Element parent, String localName) {
    Element child = child(parent, localName);
    return child == null ? "" : child.getTextContent();
  }
}

package nl.waardevol.read.office;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Small helpers over the JDK's streaming XML parser. Elements are matched on their local names: the
 * readers handle the elements they know and skip every other one whole, so that unknown content
 * never leaks into the text.
 */
final class Xml {
  private final XMLInputFactory factory;

  Xml() {
    factory = XMLInputFactory.newFactory();
    // A document part has no business with DTDs or external entities: refuse both (XXE).
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  XMLStreamReader open(InputStream in) throws XMLStreamException {
    return factory.createXMLStreamReader(in);
  }

  /** Moves from a start tag to its end tag. */
  static void skip(XMLStreamReader xml) throws XMLStreamException {
    walk(xml, null);
  }

  /** All character data inside the current element, moving to its end tag. */
  static String text(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    walk(xml, text);
    return text.toString();
  }

  private static void walk(XMLStreamReader xml, StringBuilder text) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (text != null
          && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
        text.append(xml.getText());
      }
    }
  }

  /** An attribute by its local name, whatever its namespace; null when absent. */
  static String attribute(XMLStreamReader xml, String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(localName)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  /**
   * Calls {@code child} for each child element of the current element, positioned on the child's
   * start tag; the handler must leave the reader on that child's end tag.
   */
  static void children(XMLStreamReader xml, ChildHandler child) throws XMLStreamException {
    mixed(xml, child, text -> {});
  }

  /** Like {@link #children}, and hands the element's own character data to {@code text}. */
  static void mixed(XMLStreamReader xml, ChildHandler child, TextHandler text)
      throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        child.handle(xml.getLocalName());
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.handle(xml.getText());
      }
    }
  }

  /** Receives character data. */
  @FunctionalInterface
  interface TextHandler {
    void handle(String text);
  }

  /** Handles one child element by its local name. */
  @FunctionalInterface
  interface ChildHandler {
    void handle(String name) throws XMLStreamException;
  }

  /** Moves to the document's root element. */
  static void root(XMLStreamReader xml) throws XMLStreamException {
    while (xml.next() != XMLStreamConstants.START_ELEMENT) {
      // prolog, comments
    }
  }
}

package nl.waardevol.read.office;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import nl.waardevol.read.Limits;

/**
 * Small helpers over the JDK's streaming XML parser. Elements are matched on their local names: the
 * readers handle the elements they know and skip every other one whole, so that unknown content
 * never leaks into the text.
 *
 * <p>The readers recurse on element nesting, so nesting deeper than {@link Limits#MAX_DEPTH} is
 * refused; and text is read in the parser's small pieces and counted, so that the text of all parts
 * of one file stops at {@link Limits#MAX_TEXT} characters instead of being buffered whole first.
 */
final class Xml {
  private final XMLInputFactory factory;
  private long textRead;

  /** A limit of {@link Limits} reached: the file is refused with this message. */
  static final class LimitReached extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    LimitReached(String message) {
      super(message);
    }
  }

  /** One per file: the text limit counts over all the parts it opens. */
  Xml() {
    factory = XMLInputFactory.newFactory();
    // A document part has no business with DTDs or external entities: refuse both (XXE).
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    // Coalescing would buffer a text node of any length before handing it on.
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
  }

  XMLStreamReader open(InputStream in) throws XMLStreamException {
    return new Limited(factory.createXMLStreamReader(in));
  }

  /** Counts depth and text as the readers move on, and stops at the limits. */
  private final class Limited extends StreamReaderDelegate {
    private int depth;

    Limited(XMLStreamReader reader) {
      super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
      int event = super.next();
      if (event == XMLStreamConstants.START_ELEMENT && ++depth > Limits.MAX_DEPTH) {
        throw new LimitReached(
            "nests XML elements more than "
                + Limits.MAX_DEPTH
                + " deep, as no real document does; save it again from Word or LibreOffice");
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        textRead += getTextLength();
        if (textRead > Limits.MAX_TEXT) {
          throw new LimitReached(
              "holds more than "
                  + Limits.MAX_TEXT / (1024 * 1024)
                  + " million characters of text, more than a transcript can be; split it into smaller documents");
        }
      }
      return event;
    }
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
    // The parser hands long text on in pieces; each run between child elements goes on whole.
    StringBuilder run = new StringBuilder();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        run.append(xml.getText());
        continue;
      }
      if (!run.isEmpty()
          && (event == XMLStreamConstants.END_ELEMENT
              || event == XMLStreamConstants.START_ELEMENT)) {
        text.handle(run.toString());
        run.setLength(0);
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        child.handle(xml.getLocalName());
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

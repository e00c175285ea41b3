package nl.waardevol.exchange;

import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.waardevol.text.XmlChars;

/**
 * Writes indented XML in one namespace through the JDK's streaming writer, which does the escaping.
 * Characters that XML 1.0 cannot hold (most control characters) are left out.
 */
final class XmlOut {
  private final XMLStreamWriter xml;
  private final String namespace;

  /** Per open element: whether it has child elements, so its end tag goes on a line of its own. */
  private final Deque<boolean[]> open = new ArrayDeque<>();

  XmlOut(Writer out, String namespace) throws XMLStreamException {
    this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    this.namespace = namespace;
    xml.writeStartDocument("UTF-8", "1.0");
  }

  /** Opens an element, with attributes given as name, value, name, value, ... */
  XmlOut start(String name, String... attributes) throws XMLStreamException {
    if (!open.isEmpty()) {
      open.peek()[0] = true;
    }
    xml.writeCharacters("\n" + "  ".repeat(open.size()));
    xml.writeStartElement(name);
    if (open.isEmpty()) {
      xml.writeDefaultNamespace(namespace);
    }
    open.push(new boolean[] {false});
    return attributes(attributes);
  }

  XmlOut attribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, XmlChars.clean(value).replaceAll("\\s", " "));
    return this;
  }

  /** An element with attributes only, given as name, value, name, value, ... */
  XmlOut empty(String name, String... attributes) throws XMLStreamException {
    open.peek()[0] = true;
    xml.writeCharacters("\n" + "  ".repeat(open.size()));
    xml.writeEmptyElement(name);
    return attributes(attributes);
  }

  private XmlOut attributes(String... namesAndValues) throws XMLStreamException {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      attribute(namesAndValues[i], namesAndValues[i + 1]);
    }
    return this;
  }

  /** An element holding only text. */
  XmlOut element(String name, String text) throws XMLStreamException {
    start(name);
    xml.writeCharacters(XmlChars.clean(text));
    return end();
  }

  XmlOut end() throws XMLStreamException {
    boolean[] children = open.pop();
    if (children[0]) {
      xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }
    xml.writeEndElement();
    return this;
  }

  void finish() throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }
}

package nl.waardevol.review;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.text.XmlChars;

/**
 * Codebook example results as JUnit XML, so CI systems show a failing example like a failing test:
 * one test suite per code, one test case per example. Characters XML cannot hold are left out of
 * the examples' text, so that CI can parse the file.
 */
public final class JunitReport {
  private JunitReport() {}

  public static void write(Codebook codebook, List<ExampleResult> results, Writer out)
      throws XMLStreamException {
    Map<String, List<ExampleResult>> byCode = new LinkedHashMap<>();
    for (ExampleResult result : results) {
      byCode.computeIfAbsent(result.codeId(), id -> new ArrayList<>()).add(result);
    }
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuites");
    xml.writeAttribute(
        "name", XmlChars.clean("codebook " + codebook.id() + " " + codebook.version()));
    xml.writeAttribute("tests", Integer.toString(results.size()));
    xml.writeAttribute(
        "failures", Long.toString(results.stream().filter(r -> !r.passed()).count()));
    xml.writeCharacters("\n");
    for (Map.Entry<String, List<ExampleResult>> code : byCode.entrySet()) {
      suite(xml, codebook.id() + "." + code.getKey(), code.getValue());
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  private static void suite(XMLStreamWriter xml, String name, List<ExampleResult> results)
      throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", XmlChars.clean(name));
    xml.writeAttribute("tests", Integer.toString(results.size()));
    xml.writeAttribute(
        "failures", Long.toString(results.stream().filter(r -> !r.passed()).count()));
    xml.writeCharacters("\n");
    for (ExampleResult result : results) {
      xml.writeCharacters("    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", XmlChars.clean(name));
      xml.writeAttribute(
          "name",
          XmlChars.clean((result.shouldMatch() ? "match: " : "no_match: ") + result.sentence()));
      if (!result.passed()) {
        xml.writeStartElement("failure");
        xml.writeAttribute("message", XmlChars.clean(result.why()));
        xml.writeCharacters(XmlChars.clean(result.format()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
    }
    xml.writeCharacters("  ");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }
}

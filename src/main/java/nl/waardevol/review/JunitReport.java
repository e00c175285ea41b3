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

/**
 * Codebook example results as JUnit XML, so CI systems show a failing example like a failing test:
 * one test suite per code, one test case per example.
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
    xml.writeAttribute("name", "codebook " + codebook.id() + " " + codebook.version());
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
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", Integer.toString(results.size()));
    xml.writeAttribute(
        "failures", Long.toString(results.stream().filter(r -> !r.passed()).count()));
    xml.writeCharacters("\n");
    for (ExampleResult result : results) {
      xml.writeCharacters("    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", name);
      xml.writeAttribute(
          "name", (result.shouldMatch() ? "match: " : "no_match: ") + result.sentence());
      if (!result.passed()) {
        xml.writeStartElement("failure");
        xml.writeAttribute("message", result.why());
        xml.writeCharacters(result.format());
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

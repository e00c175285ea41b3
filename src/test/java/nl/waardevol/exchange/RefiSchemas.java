package nl.waardevol.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Validates XML against the official REFI-QDA schemas, which the tests carry with their MIT licence
 * in {@code src/test/resources/refi-qda/}, so that validation runs on every clone.
 */
public final class RefiSchemas {
  public static final String PROJECT = "Project-mrt2019.xsd";
  public static final String CODEBOOK = "Codebook.xsd";

  private RefiSchemas() {}

  /**
   * Fails the test with the validator's message (line and column) when {@code xml} is not valid.
   */
  public static void validate(byte[] xml, String schemaName) throws IOException {
    try {
      schema(schemaName).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException e) {
      throw new AssertionError("not valid against " + schemaName + ": " + e.getMessage(), e);
    }
  }

  /** The schema, parsed. */
  public static Schema schema(String name) {
    URL schema = RefiSchemas.class.getResource("/refi-qda/" + name);
    if (schema == null) {
      throw new AssertionError(
          "REFI-QDA schema " + name + " is not in src/test/resources/refi-qda");
    }
    try {
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema);
    } catch (SAXException e) {
      throw new AssertionError("REFI-QDA schema " + name + " does not parse: " + e.getMessage(), e);
    }
  }
}

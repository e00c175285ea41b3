package nl.waardevol.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The words of a report in one language: Dutch by default, English with {@code --lang en}. */
public final class ReportText {
  public static final List<String> LANGUAGES = List.of("nl", "en");

  private final String language;
  private final Locale locale;
  private final Properties texts = new Properties();

  public ReportText(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("report language must be one of " + LANGUAGES);
    }
    this.language = language;
    this.locale = Locale.forLanguageTag(language);
    String resource = "report_" + language + ".properties";
    try (InputStream in = ReportText.class.getResourceAsStream(resource)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String language() {
    return language;
  }

  public String get(String key, Object... arguments) {
    String pattern = texts.getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no report text " + key);
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }

  /** A metadata value as a heading shows it: roles in the plural, missing values marked. */
  public String value(String key, String value) {
    if (value.isEmpty()) {
      return get("unknown");
    }
    if (key.equals("role")) {
      String role = texts.getProperty("role." + value.toLowerCase(Locale.ROOT));
      return role == null ? value : role;
    }
    return value;
  }

  /** A group's heading, such as "Rotterdam — ouders". */
  public String groupTitle(List<String> by, List<String> key) {
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < by.size(); i++) {
      if (i > 0) {
        title.append(" — ");
      }
      title.append(value(by.get(i), key.get(i)));
    }
    return title.toString();
  }

  /** A metadata key as a column header. */
  public String key(String key) {
    String text = texts.getProperty("key." + key);
    return text == null ? key : text;
  }
}

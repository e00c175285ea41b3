package nl.waardevol.read;

import java.util.Locale;

/** The file formats a document is read from, chosen by a file's extension. */
public enum Format {
  TEXT("text", "plain text or Markdown"),
  DOCX("docx", "Word document (.docx)"),
  ODT("odt", "OpenDocument text (.odt)"),
  WEBVTT("vtt", "WebVTT captions"),
  SRT("srt", "SubRip captions (.srt)"),
  SURVEY("survey", "survey or spreadsheet table");

  private final String id;
  private final String label;

  Format(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** A short name for scripts: text, docx, odt, vtt, srt, survey. */
  public String id() {
    return id;
  }

  /** A name for people. */
  public String label() {
    return label;
  }

  /** The format a file name's extension says; {@link #TEXT} for any other name. */
  public static Format of(String fileName) {
    return switch (extension(fileName)) {
      case "docx" -> DOCX;
      case "odt" -> ODT;
      case "vtt" -> WEBVTT;
      case "srt" -> SRT;
      case "csv", "tsv" -> SURVEY;
      default -> TEXT;
    };
  }

  /** Whether a directory search picks up files with this name. */
  static boolean isSearchedFor(String fileName) {
    return switch (extension(fileName)) {
      case "txt", "md", "docx", "odt", "vtt", "srt", "csv", "tsv" -> true;
      default -> false;
    };
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}

package nl.waardevol.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import nl.waardevol.read.captions.CaptionReader;
import nl.waardevol.read.office.DocxReader;
import nl.waardevol.read.office.OdtReader;
import nl.waardevol.read.survey.SurveyReader;

/**
 * Reads the documents of one input in the format its extension says: plain text or Markdown with
 * optional YAML front matter ({@code .txt}, {@code .md} and any other name), Word ({@code .docx}),
 * OpenDocument ({@code .odt}), captions ({@code .vtt}, {@code .srt}) or a survey table ({@code
 * .csv}, {@code .tsv}). Refuses what is not what it claims to be with a message that says what to
 * do. Safe to share between threads: the Word and OpenDocument readers, and the XML parsers they
 * load, are made per file.
 */
public final class DocumentReader {
  private final InputStream stdin;
  private final ReadOptions options;
  private final TextDecoder decoder;
  private final FrontMatter frontMatter = new FrontMatter();

  /** {@code stdin} is read for the input {@code -}. */
  public DocumentReader(InputStream stdin) {
    this(stdin, ReadOptions.DEFAULTS);
  }

  public DocumentReader(InputStream stdin, ReadOptions options) {
    this.stdin = stdin;
    this.options = options;
    this.decoder = new TextDecoder(options.encoding());
  }

  /**
   * The input's documents: one, or one per respondent of a survey table. An input that exhausts
   * memory or the stack is a problem of that input, so that a batch goes on without it.
   */
  public List<Document> read(Input input) throws InputProblem {
    try {
      return readFormat(input);
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw Limits.exhausted(input.display(), e);
    }
  }

  private List<Document> readFormat(Input input) throws InputProblem {
    Format format = formatOf(input);
    String source = input.display();
    String defaultId = defaultId(input);
    if (format == Format.DOCX || format == Format.ODT) {
      refuseEmpty(input);
      return List.of(
          format == Format.DOCX
              ? new DocxReader(options.interviewerLabels()).read(input.path(), source, defaultId)
              : new OdtReader(options.interviewerLabels()).read(input.path(), source, defaultId));
    }
    byte[] bytes = bytes(input);
    return switch (format) {
      case WEBVTT, SRT ->
          List.of(
              new CaptionReader()
                  .read(decoder.decode(bytes, source, "caption file"), format, source, defaultId));
      case SURVEY ->
          new SurveyReader()
              .read(decoder.decode(bytes, source, "text table"), source, defaultId, options);
      default -> List.of(parse(bytes, source, defaultId));
    };
  }

  public static Format formatOf(Input input) {
    return input.isStdin() ? Format.TEXT : Format.of(input.path().getFileName().toString());
  }

  private byte[] bytes(Input input) throws InputProblem {
    byte[] bytes = input.bytes(stdin);
    if (bytes.length == 0) {
      throw empty(input.display());
    }
    return bytes;
  }

  private static void refuseEmpty(Input input) throws InputProblem {
    try {
      if (Files.size(input.path()) == 0) {
        throw empty(input.display());
      }
    } catch (IOException e) {
      throw new InputProblem(
          input.display(),
          0,
          "could not be read (" + e.getMessage() + "); check that the file exists and is readable");
    }
  }

  private static InputProblem empty(String source) {
    return new InputProblem(source, 0, "is empty; add the transcript text or leave the file out");
  }

  static String defaultId(Input input) {
    if (input.isStdin()) {
      return "stdin";
    }
    String name = input.path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The metadata keys of a plain-text transcript's front matter, given as its first bytes. */
  Set<String> frontMatterKeys(byte[] head, String source) throws InputProblem {
    DecodedText decoded = decoder.decode(head, source, "text transcript");
    return frontMatter.split(decoded.text(), source).metadata().keySet();
  }

  /** Reads a plain-text transcript: optional front matter, then the body. */
  public Document parse(byte[] bytes, String source, String defaultId) throws InputProblem {
    if (bytes.length == 0) {
      throw empty(source);
    }
    DecodedText decoded = decoder.decode(bytes, source, "text transcript");
    FrontMatter.Parts parts = frontMatter.split(decoded.text(), source);
    if (parts.body().isBlank()) {
      throw new InputProblem(
          source,
          0,
          "has no text after its front matter; add the transcript or leave the file out");
    }
    return Document.of(
        defaultId,
        source,
        parts.metadata(),
        parts.body(),
        parts.bodyLine(),
        Origin.text(decoded.encoding()));
  }
}

package nl.waardevol.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.MetadataSheet;
import nl.waardevol.read.PersonalIds;
import nl.waardevol.read.ReadOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How transcripts are read, the same for every command that reads them ({@code code}, {@code
 * report}, {@code codebook check --corpus}, {@code codebook stats}, ...): the metadata sheet, more
 * interviewer labels, survey columns, the encoding, and the project settings that can give them.
 */
public final class ReadingOptions {
  @ReadsFile
  @Option(
      names = "--meta",
      paramLabel = "FILE",
      description =
          "A CSV sheet with one row per document (an id or file column); its values override front matter.")
  String meta;

  @Option(
      names = "--interviewer",
      paramLabel = "LABEL",
      split = ",",
      description =
          "More speaker labels that mark interviewer turns, beside the codebook's (e.g. --interviewer Onderzoeker,Sanne).")
  List<String> interviewerLabels = new ArrayList<>();

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "The encoding of every text file (e.g. UTF-8, UTF-16LE, windows-1252). Default: detected per file.")
  String encoding;

  @Option(
      names = "--text-column",
      paramLabel = "NAME",
      description =
          "An open-question column of survey tables (repeat for several). Default: the columns of written answers.")
  List<String> textColumns = new ArrayList<>();

  @Option(
      names = "--id-column",
      paramLabel = "NAME",
      description =
          "The respondent column of survey tables: rows with one id are one document. Default: a column named id or respondent, else one document per row.")
  String idColumn;

  @Mixin SettingsOption settings;

  /** How to read the inputs; an encoding Java does not know is an input error. */
  ReadOptions readOptions() throws InputProblem {
    Charset charset = null;
    if (encoding != null) {
      try {
        charset = Charset.forName(encoding.strip());
      } catch (IllegalArgumentException e) {
        throw new InputProblem(
            "--encoding",
            0,
            "'"
                + encoding
                + "' is not an encoding Java knows; use for example UTF-8, UTF-16LE, windows-1252 or ISO-8859-1");
      }
    }
    return new ReadOptions(charset, textColumns, idColumn, Set.of(), PersonalIds.NONE);
  }

  /** The metadata sheet, or null without {@code --meta}. */
  MetadataSheet sheet() throws InputProblem {
    return meta == null ? null : MetadataSheet.read(Path.of(meta));
  }

  /**
   * Files a folder search must pass over: the sheet, which is no survey, and every other file read
   * through an option, such as private terms.
   */
  List<Path> leaveOut() {
    List<Path> files = new ArrayList<>(settings.optionFiles);
    if (meta != null) {
      files.add(Path.of(meta));
    }
    return files;
  }

  /** The interviewer labels given beside the codebook's. */
  Set<String> interviewerLabels() {
    return new LinkedHashSet<>(interviewerLabels);
  }
}

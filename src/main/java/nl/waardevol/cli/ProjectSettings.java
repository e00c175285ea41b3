package nl.waardevol.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.waardevol.codebook.CodebookException;
import nl.waardevol.codebook.Located;
import nl.waardevol.codebook.YamlTree;
import nl.waardevol.read.InputProblem;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * A project's settings file, {@code waardevol.yaml} in the corpus folder (or {@code --project
 * FILE}): the options a team would otherwise repeat on every command, so that forgetting one
 * (--private-terms) on one command cannot print what it hides. Each key is the long name of an
 * option; an option given on the command line wins.
 */
final class ProjectSettings {
  static final String FILE_NAME = "waardevol.yaml";

  /** How a key's value is read. */
  private enum Kind {
    /** A file, relative to the settings file. */
    FILE,
    /** A file, or the name of a shipped codebook. */
    CODEBOOK,
    TEXT,
    LIST
  }

  private static final Map<String, Kind> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("codebook", Kind.CODEBOOK);
    KEYS.put("meta", Kind.FILE);
    KEYS.put("private-terms", Kind.FILE);
    KEYS.put("personal", Kind.LIST);
    KEYS.put("interviewer", Kind.LIST);
    KEYS.put("by", Kind.LIST);
    KEYS.put("encoding", Kind.TEXT);
    KEYS.put("text-column", Kind.LIST);
    KEYS.put("id-column", Kind.TEXT);
    KEYS.put("model", Kind.FILE);
  }

  /** One setting, with its value as the option would take it (files relative to here). */
  record Setting(String key, List<String> values, int line) {}

  private final Path file;
  private final Map<String, Setting> settings;

  /** The settings the command line overrode, and those the command has no option for. */
  private final Set<String> overridden = new HashSet<>();

  private final Set<String> unused = new HashSet<>();

  private ProjectSettings(Path file, Map<String, Setting> settings) {
    this.file = file;
    this.settings = settings;
  }

  Path file() {
    return file;
  }

  List<Setting> settings() {
    return List.copyOf(settings.values());
  }

  /** A setting's values as read, and whether the command used them. */
  String shown(Setting setting) {
    String values = String.join(", ", setting.values());
    if (overridden.contains(setting.key())) {
      return values + " (overridden by --" + setting.key() + " on the command line)";
    }
    return unused.contains(setting.key()) ? values + " (not used by this command)" : values;
  }

  /**
   * Applies the settings file of a parsed command line, if it has one, to every option of the
   * command that the command line left out; records what was applied in the command's {@link
   * SettingsOption}.
   */
  static void apply(ParseResult parsed) throws InputProblem {
    ParseResult command = parsed;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    SettingsOption holder = holder(command.commandSpec());
    if (holder == null) {
      return;
    }
    Path file = holder.file != null ? Path.of(holder.file) : found(command);
    if (file != null) {
      holder.applied = apply(read(file), command);
    }
    holder.optionFiles = optionFiles(command);
  }

  private static ProjectSettings apply(ProjectSettings settings, ParseResult command) {
    for (Setting setting : settings.settings.values()) {
      OptionSpec option = command.commandSpec().findOption("--" + setting.key());
      if (option == null) {
        settings.unused.add(setting.key());
      } else if (command.hasMatchedOption(option)) {
        settings.overridden.add(setting.key());
      } else {
        option.setValue(
            java.util.Collection.class.isAssignableFrom(option.type())
                ? new ArrayList<>(setting.values())
                : setting.values().get(0));
      }
    }
    command.commandSpec().findOption("--project").setValue(settings.file.toString());
    return settings;
  }

  /** The files named by options (the sheet, the private terms, ...), as set now. */
  private static List<Path> optionFiles(ParseResult command) {
    List<Path> files = new ArrayList<>();
    for (ArgSpec arg : command.commandSpec().args()) {
      if (arg.isOption() && OutputGuard.marked(arg, ReadsFile.class)) {
        OutputGuard.values(arg).forEach(value -> files.add(Path.of(value)));
      }
    }
    return files;
  }

  /** The command's settings option, from its mixins or theirs. */
  private static SettingsOption holder(CommandSpec spec) {
    if (spec.userObject() instanceof SettingsOption option) {
      return option;
    }
    for (CommandSpec mixin : spec.mixins().values()) {
      SettingsOption found = holder(mixin);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** {@code waardevol.yaml} in a folder the command reads; two different ones are an error. */
  private static Path found(ParseResult command) throws InputProblem {
    Path found = null;
    for (ArgSpec arg : command.commandSpec().args()) {
      if (!OutputGuard.marked(arg, ReadsFile.class)) {
        continue;
      }
      for (String value : OutputGuard.values(arg)) {
        Path candidate = Path.of(value).resolve(FILE_NAME);
        if (Files.isDirectory(Path.of(value)) && Files.isRegularFile(candidate)) {
          if (found != null && !same(found, candidate)) {
            throw new InputProblem(
                "the input folders have two settings files, "
                    + found
                    + " and "
                    + candidate
                    + "; name the one to use with --project FILE");
          }
          found = found == null ? candidate : found;
        }
      }
    }
    return found;
  }

  private static boolean same(Path a, Path b) throws InputProblem {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      throw new InputProblem(b.toString(), 0, "could not be read (" + e.getMessage() + ")");
    }
  }

  /** Reads and checks a settings file; a fault is one sentence naming the file and line. */
  static ProjectSettings read(Path file) throws InputProblem {
    String source = file.toString();
    Located root;
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      root = new YamlTree().parse(text.startsWith("\uFEFF") ? text.substring(1) : text, source, 1);
    } catch (CharacterCodingException e) {
      throw new InputProblem(source, 0, "is not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      throw new InputProblem(
          source, 0, "could not be read (" + e.getMessage() + "); check the --project path");
    } catch (CodebookException e) {
      throw new InputProblem(e.source(), e.line(), e.problem());
    }
    if (root instanceof Located.Mapping mapping) {
      return new ProjectSettings(file, settings(mapping, file));
    }
    if (root instanceof Located.Scalar scalar && scalar.text().isEmpty()) {
      return new ProjectSettings(file, Map.of());
    }
    throw new InputProblem(
        source,
        root.line(),
        "is not a list of settings; write one 'key: value' a line, such as 'codebook: my-codebook.yaml'");
  }

  private static Map<String, Setting> settings(Located.Mapping mapping, Path file)
      throws InputProblem {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (Map.Entry<String, Located> entry : mapping.entries().entrySet()) {
      String key = entry.getKey();
      int line = mapping.keys().get(key).line();
      Kind kind = KEYS.get(key);
      if (kind == null) {
        throw new InputProblem(
            file.toString(),
            line,
            "unknown setting '" + key + "'; expected one of " + String.join(", ", KEYS.keySet()));
      }
      List<String> values = values(entry.getValue(), kind, key, file);
      if (!values.isEmpty()) {
        settings.put(key, new Setting(key, values, line));
      }
    }
    return settings;
  }

  private static List<String> values(Located value, Kind kind, String key, Path file)
      throws InputProblem {
    List<String> values = new ArrayList<>();
    if (value instanceof Located.Scalar scalar) {
      for (String part :
          kind == Kind.LIST ? scalar.text().split(",") : new String[] {scalar.text()}) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    } else if (value instanceof Located.Sequence sequence && kind == Kind.LIST) {
      for (Located item : sequence.items()) {
        if (!(item instanceof Located.Scalar scalar)) {
          throw new InputProblem(
              file.toString(),
              item.line(),
              "'" + key + "' lists something that is not a word or name; write [a, b]");
        }
        if (!scalar.text().isBlank()) {
          values.add(scalar.text().strip());
        }
      }
    } else {
      throw new InputProblem(
          file.toString(),
          value.line(),
          "'"
              + key
              + "' takes "
              + (kind == Kind.LIST ? "a list, such as [a, b]" : "one value")
              + ", not "
              + (value instanceof Located.Sequence ? "a list" : "a mapping"));
    }
    if (kind == Kind.FILE || kind == Kind.CODEBOOK) {
      return values.isEmpty()
          ? values
          : List.of(path(values.get(0), kind, key, file, value.line()));
    }
    return values;
  }

  /** A file named in the settings, relative to the settings file; it must exist. */
  private static String path(String value, Kind kind, String key, Path file, int line)
      throws InputProblem {
    if (kind == Kind.CODEBOOK && !value.matches(".*[/\\\\.].*")) {
      return value; // a shipped codebook's name, such as wio-nl
    }
    Path folder = file.toAbsolutePath().getParent();
    Path resolved = file.getParent() == null ? Path.of(value) : file.getParent().resolve(value);
    if (!Files.exists(folder.resolve(value))) {
      throw new InputProblem(
          file.toString(),
          line,
          "'"
              + key
              + "' names "
              + value
              + ", which does not exist (a path here is relative to the settings file's folder, "
              + folder
              + ")");
    }
    return resolved.normalize().toString();
  }
}

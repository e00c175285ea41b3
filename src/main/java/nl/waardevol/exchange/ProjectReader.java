package nl.waardevol.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.Limits;
import org.w3c.dom.Element;

/**
 * Reads a REFI-QDA project (.qdpx) as ATLAS.ti, MAXQDA, NVivo, QualCoder or waardevol export it:
 * the code tree, and per text source its text, its variables (on the source, or on a case that
 * refers to it) and its coded selections. Text is read from the archive's {@code Sources/} (or
 * {@code sources/}) folder or from the project file itself.
 */
public final class ProjectReader {
  private static final List<String> VALUE_ELEMENTS =
      List.of(
          "TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue");
  private static final List<String> OTHER_SOURCES =
      List.of("PictureSource", "PDFSource", "AudioSource", "VideoSource");

  private final String display;
  private final ZipFile zip;
  private final Map<String, ZipEntry> entries = new HashMap<>();

  private ProjectReader(String display, ZipFile zip) {
    this.display = display;
    this.zip = zip;
    zip.stream().forEach(entry -> entries.put(entry.getName().toLowerCase(Locale.ROOT), entry));
  }

  /** Reads {@code file}; {@code display} names it in messages. */
  public static Project read(Path file, String display) throws InputProblem, IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException | java.io.EOFException e) {
      throw new InputProblem(
          display,
          0,
          "is not a REFI-QDA project (.qdpx is a zip archive); export the project from the QDA package again");
    } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
      throw new InputProblem(display, 0, "no such file; check the path");
    }
    try (zip) {
      return new ProjectReader(display, zip).project();
    } catch (Limits.TooLarge e) {
      throw new InputProblem(
          display,
          0,
          "could not be unpacked ("
              + e.getMessage()
              + ", more than waardevol reads); export the project again, or split it");
    } catch (ZipException | java.io.EOFException e) {
      // Found by ReadersFuzzTest: an entry whose compressed data is damaged.
      throw new InputProblem(
          display,
          0,
          "is a damaged zip archive ("
              + e.getMessage()
              + "); export the project from the QDA package again");
    }
  }

  private Project project() throws InputProblem, IOException {
    ZipEntry qde = projectEntry();
    Element root;
    try (InputStream in = Limits.part(zip, qde)) {
      root = XmlIn.parse(in, display + ":" + qde.getName());
    }
    if (!"Project".equals(root.getLocalName())) {
      throw new InputProblem(
          display,
          0,
          qde.getName()
              + " is not a REFI-QDA project file (its root is "
              + root.getLocalName()
              + ")");
    }
    Element codeBook = XmlIn.child(root, "CodeBook");
    Element codes = codeBook == null ? null : XmlIn.child(codeBook, "Codes");
    List<QdaCode> tree = codes == null ? List.of() : CodeTree.read(codes);
    Map<String, String> variableNames = variableNames(root);
    Map<String, String> users = users(root);
    Map<String, Map<String, String>> caseValues = caseValues(root, variableNames);
    List<Project.Source> sources = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<Project.Outside> outside = new ArrayList<>();
    Element sourcesElement = XmlIn.child(root, "Sources");
    if (sourcesElement != null) {
      for (Element source : XmlIn.children(sourcesElement, "TextSource")) {
        sources.add(source(source, variableNames, caseValues, users, outside));
      }
      for (String kind : OTHER_SOURCES) {
        XmlIn.children(sourcesElement, kind)
            .forEach(source -> ignored.add(source.getAttribute("name")));
      }
    }
    return new Project(tree, sources, ignored, outside);
  }

  private ZipEntry projectEntry() throws InputProblem {
    ZipEntry standard = entries.get("project.qde");
    if (standard != null) {
      return standard;
    }
    return entries.values().stream()
        .filter(
            entry ->
                !entry.getName().contains("/")
                    && entry.getName().toLowerCase(Locale.ROOT).endsWith(".qde"))
        .sorted(java.util.Comparator.comparing(ZipEntry::getName))
        .findFirst()
        .orElseThrow(
            () ->
                new InputProblem(
                    display, 0, "holds no project.qde; is it a REFI-QDA project (.qdpx)?"));
  }

  private static Map<String, String> variableNames(Element root) {
    Map<String, String> names = new HashMap<>();
    Element variables = XmlIn.child(root, "Variables");
    if (variables != null) {
      XmlIn.children(variables, "Variable")
          .forEach(v -> names.put(v.getAttribute("guid"), v.getAttribute("name").strip()));
    }
    return names;
  }

  /** The project's users' names by GUID. */
  private static Map<String, String> users(Element root) {
    Map<String, String> names = new HashMap<>();
    Element users = XmlIn.child(root, "Users");
    if (users != null) {
      XmlIn.children(users, "User")
          .forEach(u -> names.put(u.getAttribute("guid").strip(), u.getAttribute("name").strip()));
    }
    return names;
  }

  /**
   * Variables given to sources through cases (as MAXQDA writes document variables), by source GUID.
   */
  private static Map<String, Map<String, String>> caseValues(
      Element root, Map<String, String> names) {
    Map<String, Map<String, String>> bySource = new HashMap<>();
    Element cases = XmlIn.child(root, "Cases");
    if (cases == null) {
      return bySource;
    }
    for (Element kase : XmlIn.children(cases, "Case")) {
      Map<String, String> values = values(kase, names);
      for (Element ref : XmlIn.children(kase, "SourceRef")) {
        bySource
            .computeIfAbsent(ref.getAttribute("targetGUID"), guid -> new TreeMap<>())
            .putAll(values);
      }
    }
    return bySource;
  }

  private static Map<String, String> values(Element owner, Map<String, String> names) {
    Map<String, String> values = new TreeMap<>();
    for (Element value : XmlIn.children(owner, "VariableValue")) {
      Element ref = XmlIn.child(value, "VariableRef");
      String name = ref == null ? null : names.get(ref.getAttribute("targetGUID"));
      if (name == null || name.isEmpty()) {
        continue;
      }
      for (String element : VALUE_ELEMENTS) {
        Element content = XmlIn.child(value, element);
        if (content != null) {
          values.put(name, content.getTextContent().strip());
        }
      }
    }
    return values;
  }

  /** A text source; its selections that lie outside its text go to {@code outside}, not into it. */
  private Project.Source source(
      Element source,
      Map<String, String> variableNames,
      Map<String, Map<String, String>> caseValues,
      Map<String, String> users,
      List<Project.Outside> outside)
      throws InputProblem, IOException {
    String name = source.getAttribute("name").strip();
    SourceText text = SourceText.of(text(source, name));
    List<Project.Selection> selections = new ArrayList<>();
    for (Element selection : XmlIn.children(source, "PlainTextSelection")) {
      long start = position(selection, "startPosition", name);
      long end = position(selection, "endPosition", name);
      if (text.contains(start, end)) {
        codeRefs(selection, users)
            .forEach(
                (coder, guids) ->
                    selections.add(
                        new Project.Selection(text.offset(start), text.offset(end), guids, coder)));
      } else {
        outside.add(new Project.Outside(name, start, end));
      }
    }
    String whole = text.text();
    codeRefs(source, users)
        .forEach(
            (coder, guids) ->
                selections.add(
                    new Project.Selection(
                        0, whole.codePointCount(0, whole.length()), guids, coder)));
    Map<String, String> variables =
        new TreeMap<>(caseValues.getOrDefault(source.getAttribute("guid"), Map.of()));
    variables.putAll(values(source, variableNames));
    return new Project.Source(name, variables, text.text(), selections);
  }

  /**
   * The codes of the owner's codings, by the coder who made them: the coding's {@code
   * creatingUser}, else the selection's.
   */
  private static Map<String, List<String>> codeRefs(Element owner, Map<String, String> users) {
    Map<String, List<String>> byCoder = new TreeMap<>();
    String ownerUser = owner.getAttribute("creatingUser").strip();
    for (Element coding : XmlIn.children(owner, "Coding")) {
      Element ref = XmlIn.child(coding, "CodeRef");
      if (ref != null) {
        String user = coding.getAttribute("creatingUser").strip();
        String guid = user.isEmpty() ? ownerUser : user;
        String coder = users.getOrDefault(guid, "");
        byCoder
            .computeIfAbsent(coder.isEmpty() ? guid : coder, c -> new ArrayList<>())
            .add(ref.getAttribute("targetGUID"));
      }
    }
    return byCoder;
  }

  private long position(Element selection, String attribute, String source) throws InputProblem {
    String value = selection.getAttribute(attribute).strip();
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InputProblem(
          display,
          0,
          "source '"
              + source
              + "' has a selection with "
              + attribute
              + " '"
              + value
              + "', which is not a whole number");
    }
  }

  private String text(Element source, String name) throws InputProblem, IOException {
    Element content = XmlIn.child(source, "PlainTextContent");
    if (content != null) {
      return content.getTextContent();
    }
    String path = source.getAttribute("plainTextPath").strip();
    if (!path.startsWith("internal://")) {
      throw new InputProblem(
          display,
          0,
          "source '"
              + name
              + "' keeps its text outside the archive ("
              + (path.isEmpty() ? "no plainTextPath" : path)
              + "); export the project with its sources included");
    }
    String file = path.substring("internal://".length());
    ZipEntry entry = entries.get("sources/" + file.toLowerCase(Locale.ROOT));
    if (entry == null) {
      throw new InputProblem(
          display,
          0,
          "source '"
              + name
              + "' points to "
              + path
              + ", which the archive lacks; export the project again");
    }
    try (InputStream in = Limits.part(zip, entry)) {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputProblem(
          display,
          0,
          "source '"
              + name
              + "' is not UTF-8 text, as the REFI-QDA standard asks; export the project again");
    }
  }
}

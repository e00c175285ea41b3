package nl.waardevol.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The model file: gzip of a header line, the {@link ModelInfo} as JSON, one sorted dictionary of
 * the predicates of all parts, then each maximum-entropy part under its name: its outcomes and, per
 * predicate it uses, the dictionary index and the outcome indexes with their parameters as floats.
 * The same model gives the same bytes.
 */
public final class ModelFormat {
  private static final String MAGIC = "waardevol model";
  private static final int VERSION = 2;
  private static final String STANCE = "stance";
  private static final String CODE_STANCE = "code-stance";
  private static final String LENS = "lens:";
  private static final String CODE = "code:";

  /**
   * Parameters smaller than this are left out. Measured on the held-out sets (bench/README.md): at
   * 1e-4 every coded row stays byte-identical; from 1e-3 confidences move and from 1e-2 decisions.
   */
  static final double EPSILON = 1e-4;

  private ModelFormat() {}

  /**
   * The model as its file keeps it: parameters rounded to floats, those below {@link #EPSILON}
   * dropped, and predicates left with none dropped too.
   */
  static AbstractModel compact(AbstractModel model) {
    Map<String, Context> kept = new TreeMap<>();
    predicates(model)
        .forEach(
            (predicate, context) -> {
              Context compacted = compact(context);
              if (compacted.getOutcomes().length > 0) {
                kept.put(predicate, compacted);
              }
            });
    return new QNModel(
        kept.values().toArray(Context[]::new),
        kept.keySet().toArray(String[]::new),
        outcomes(model));
  }

  private static Context compact(Context context) {
    int[] outcomes = context.getOutcomes();
    double[] parameters = context.getParameters();
    int[] keptOutcomes = new int[outcomes.length];
    double[] keptParameters = new double[outcomes.length];
    int kept = 0;
    for (int i = 0; i < outcomes.length; i++) {
      float parameter = (float) parameters[i];
      if (Math.abs(parameter) >= EPSILON) {
        keptOutcomes[kept] = outcomes[i];
        keptParameters[kept++] = parameter;
      }
    }
    return new Context(Arrays.copyOf(keptOutcomes, kept), Arrays.copyOf(keptParameters, kept));
  }

  public static void write(Model model, OutputStream sink) throws IOException {
    GZIPOutputStream zipped = new GZIPOutputStream(sink);
    DataOutputStream out = new DataOutputStream(zipped);
    out.writeUTF(MAGIC);
    out.writeInt(VERSION);
    writeBytes(out, new ObjectMapper().writeValueAsBytes(model.info()));
    Map<String, AbstractModel> parts = new LinkedHashMap<>();
    model.lensModels().forEach((lens, part) -> parts.put(LENS + lens, compact(part)));
    model.codeModels().forEach((code, part) -> parts.put(CODE + code, compact(part)));
    if (model.stanceModel() != null) {
      parts.put(STANCE, compact(model.stanceModel()));
    }
    if (model.codeStanceModel() != null) {
      parts.put(CODE_STANCE, compact(model.codeStanceModel()));
    }
    TreeSet<String> dictionary = new TreeSet<>();
    parts.values().forEach(part -> dictionary.addAll(predicates(part).keySet()));
    writeCount(out, dictionary.size());
    for (String predicate : dictionary) {
      out.writeUTF(predicate);
    }
    Map<String, Integer> index = new java.util.HashMap<>();
    for (String predicate : dictionary) {
      index.put(predicate, index.size());
    }
    writeCount(out, parts.size());
    for (var part : parts.entrySet()) {
      out.writeUTF(part.getKey());
      writePart(out, part.getValue(), index);
    }
    out.flush();
    zipped.finish();
  }

  private static void writePart(
      DataOutputStream out, AbstractModel part, Map<String, Integer> index) throws IOException {
    String[] outcomes = outcomes(part);
    writeCount(out, outcomes.length);
    for (String outcome : outcomes) {
      out.writeUTF(outcome);
    }
    Map<String, Context> predicates = new TreeMap<>(predicates(part));
    writeCount(out, predicates.size());
    int previous = -1;
    for (var predicate : predicates.entrySet()) {
      int at = index.get(predicate.getKey());
      writeCount(out, at - previous - 1);
      previous = at;
      Context context = predicate.getValue();
      writeCount(out, context.getOutcomes().length);
      for (int i = 0; i < context.getOutcomes().length; i++) {
        writeCount(out, context.getOutcomes()[i]);
        out.writeFloat((float) context.getParameters()[i]);
      }
    }
  }

  /** Reads a model; {@code display} names the source in a problem's message. */
  public static Model read(InputStream source, String display) throws ModelProblem, IOException {
    try {
      DataInputStream in =
          new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
      if (!MAGIC.equals(in.readUTF())) {
        throw notAModel(display);
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new ModelProblem(
            display
                + " is a model of format "
                + version
                + ", which this waardevol cannot read; train it again with this version");
      }
      ModelInfo info = new ObjectMapper().readValue(readBytes(in), ModelInfo.class);
      String[] dictionary = new String[readCount(in)];
      for (int i = 0; i < dictionary.length; i++) {
        dictionary[i] = in.readUTF();
      }
      Map<String, AbstractModel> lenses = new LinkedHashMap<>();
      Map<String, AbstractModel> codes = new LinkedHashMap<>();
      Map<String, AbstractModel> stances = new LinkedHashMap<>();
      int count = readCount(in);
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        AbstractModel part = readPart(in, dictionary);
        if (name.startsWith(LENS)) {
          lenses.put(name.substring(LENS.length()), part);
        } else if (name.startsWith(CODE)) {
          codes.put(name.substring(CODE.length()), part);
        } else if (name.equals(STANCE) || name.equals(CODE_STANCE)) {
          stances.put(name, part);
        } else {
          throw notAModel(display);
        }
      }
      return new Model(info, lenses, codes, stances.get(STANCE), stances.get(CODE_STANCE));
    } catch (ZipException
        | EOFException
        | JsonProcessingException
        | IllegalArgumentException
        | IndexOutOfBoundsException e) {
      throw notAModel(display);
    }
  }

  private static AbstractModel readPart(DataInputStream in, String[] dictionary)
      throws IOException {
    String[] outcomes = new String[readCount(in)];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = in.readUTF();
    }
    int size = readCount(in);
    List<String> predicates = new ArrayList<>(size);
    Context[] contexts = new Context[size];
    int previous = -1;
    for (int p = 0; p < size; p++) {
      previous += readCount(in) + 1;
      predicates.add(dictionary[previous]);
      int[] indexes = new int[readCount(in)];
      double[] parameters = new double[indexes.length];
      for (int i = 0; i < indexes.length; i++) {
        indexes[i] = readCount(in);
        if (indexes[i] >= outcomes.length) {
          throw new EOFException();
        }
        parameters[i] = in.readFloat();
      }
      contexts[p] = new Context(indexes, parameters);
    }
    return new QNModel(contexts, predicates.toArray(String[]::new), outcomes);
  }

  /** Each predicate a part knows, with its outcomes and parameters. */
  @SuppressWarnings("unchecked")
  static Map<String, Context> predicates(AbstractModel model) {
    return (Map<String, Context>) model.getDataStructures()[1];
  }

  private static String[] outcomes(AbstractModel model) {
    return (String[]) model.getDataStructures()[2];
  }

  private static ModelProblem notAModel(String display) {
    return new ModelProblem(
        display + " is not a waardevol model; give a file that 'waardevol train' wrote");
  }

  /** A non-negative number in seven-bit groups, low first: most counts and gaps take one byte. */
  private static void writeCount(DataOutputStream out, int count) throws IOException {
    int rest = count;
    while (rest >= 0x80) {
      out.writeByte(rest & 0x7f | 0x80);
      rest >>>= 7;
    }
    out.writeByte(rest);
  }

  private static int readCount(DataInputStream in) throws IOException {
    int count = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int next = in.readUnsignedByte();
      count |= (next & 0x7f) << shift;
      if (next < 0x80) {
        if (count < 0 || count > 1 << 24) {
          throw new EOFException();
        }
        return count;
      }
    }
    throw new EOFException();
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 28) {
      throw new EOFException();
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }
}

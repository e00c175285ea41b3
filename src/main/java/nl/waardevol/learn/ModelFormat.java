package nl.waardevol.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import opennlp.tools.ml.maxent.io.BinaryQNModelReader;
import opennlp.tools.ml.maxent.io.BinaryQNModelWriter;
import opennlp.tools.ml.model.AbstractModel;

/**
 * The model file: gzip of a header line, the {@link ModelInfo} as JSON, then each maximum-entropy
 * model in OpenNLP's binary form under its name. The same model gives the same bytes.
 */
public final class ModelFormat {
  private static final String MAGIC = "waardevol model";
  private static final int VERSION = 1;
  private static final String STANCE = "stance";
  private static final String CODE_STANCE = "code-stance";
  private static final String LENS = "lens:";
  private static final String CODE = "code:";

  private ModelFormat() {}

  public static void write(Model model, OutputStream sink) throws IOException {
    GZIPOutputStream zipped = new GZIPOutputStream(sink);
    DataOutputStream out = new DataOutputStream(zipped);
    out.writeUTF(MAGIC);
    out.writeInt(VERSION);
    writeBytes(out, new ObjectMapper().writeValueAsBytes(model.info()));
    Map<String, AbstractModel> parts = new LinkedHashMap<>();
    model.lensModels().forEach((lens, part) -> parts.put(LENS + lens, part));
    model.codeModels().forEach((code, part) -> parts.put(CODE + code, part));
    if (model.stanceModel() != null) {
      parts.put(STANCE, model.stanceModel());
    }
    if (model.codeStanceModel() != null) {
      parts.put(CODE_STANCE, model.codeStanceModel());
    }
    out.writeInt(parts.size());
    for (var part : parts.entrySet()) {
      out.writeUTF(part.getKey());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new BinaryQNModelWriter(part.getValue(), new DataOutputStream(bytes)).persist();
      writeBytes(out, bytes.toByteArray());
    }
    out.flush();
    zipped.finish();
  }

  /** Reads a model; {@code display} names the source in a problem's message. */
  public static Model read(InputStream source, String display) throws ModelProblem, IOException {
    try {
      DataInputStream in = new DataInputStream(new GZIPInputStream(source));
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
      Map<String, byte[]> parts = new LinkedHashMap<>();
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        parts.put(name, readBytes(in));
      }
      // Parsing the parts is most of a run's start-up with a model: one part per core.
      Map<String, AbstractModel> parsed = new java.util.concurrent.ConcurrentHashMap<>();
      parts.entrySet().parallelStream()
          .forEach(part -> parsed.put(part.getKey(), parse(part.getValue())));
      Map<String, AbstractModel> lenses = new LinkedHashMap<>();
      Map<String, AbstractModel> codes = new LinkedHashMap<>();
      for (String name : parts.keySet()) {
        if (name.startsWith(LENS)) {
          lenses.put(name.substring(LENS.length()), parsed.get(name));
        } else if (name.startsWith(CODE)) {
          codes.put(name.substring(CODE.length()), parsed.get(name));
        } else if (!name.equals(STANCE) && !name.equals(CODE_STANCE)) {
          throw notAModel(display);
        }
      }
      AbstractModel stance = parsed.get(STANCE);
      AbstractModel codeStance = parsed.get(CODE_STANCE);
      return new Model(info, lenses, codes, stance, codeStance);
    } catch (ZipException
        | EOFException
        | JsonProcessingException
        | IllegalArgumentException
        | java.io.UncheckedIOException e) {
      throw notAModel(display);
    }
  }

  private static AbstractModel parse(byte[] bytes) {
    try {
      return new BinaryQNModelReader(new DataInputStream(new ByteArrayInputStream(bytes)))
          .getModel();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ModelProblem notAModel(String display) {
    return new ModelProblem(
        display + " is not a waardevol model; give a file that 'waardevol train' wrote");
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

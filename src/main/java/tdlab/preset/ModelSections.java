package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import tdlab.json.JsonFields;
import tdlab.model.ModelSpec;

/**
 * The model sections this build reads and writes, by {@code model.type}. A new model family adds its
 * {@link ModelSection} class and one entry here.
 */
final class ModelSections {
    static final String TYPE = "type";
    private static final List<ModelSection<?>> ALL = List.of(new CanonicalSection(), new TransformerSection(),
            new YzSection(), new MultiHeadClassifierSection(), new KqOvSection(), new Eq4Section());

    private ModelSections() {
    }

    static List<String> types() {
        return ALL.stream().map(ModelSection::type).toList();
    }

    static ModelSpec read(JsonFields f, ModelSection.Defaults defaults) {
        String type = f.text(TYPE, null, 32);
        if (type == null) {
            return null;
        }
        for (ModelSection<?> s : ALL) {
            if (s.type().equals(type)) {
                return s.read(f, defaults);
            }
        }
        f.problems().add(f.child(TYPE) + ": must be " + known() + ", got \"" + type + "\"");
        return null;
    }

    static void write(ModelSpec model, ObjectNode n) {
        for (ModelSection<?> s : ALL) {
            if (s.spec().isInstance(model)) {
                n.put(TYPE, s.type());
                write(s, model, n);
                return;
            }
        }
        throw new IllegalArgumentException("no preset section for " + model.kind() + " models; known: " + types());
    }

    private static <M extends ModelSpec> void write(ModelSection<M> section, ModelSpec model, ObjectNode n) {
        section.write(section.spec().cast(model), n);
    }

    /** {@code "canonical" or "transformer"}. */
    static String known() {
        List<String> quoted = types().stream().map(t -> "\"" + t + "\"").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }
}

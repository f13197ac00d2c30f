package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.model.CanonicalConfig;

/** {@code "model": {"type": "canonical"}}: the reduced (e, w, b) model has no other field. */
final class CanonicalSection implements ModelSection<CanonicalConfig> {

    @Override
    public String type() {
        return "canonical";
    }

    @Override
    public Class<CanonicalConfig> spec() {
        return CanonicalConfig.class;
    }

    @Override
    public CanonicalConfig read(JsonFields f, Defaults defaults) {
        f.rejectUnknown();
        return new CanonicalConfig();
    }

    @Override
    public void write(CanonicalConfig model, ObjectNode n) {
        // the type says it all
    }
}

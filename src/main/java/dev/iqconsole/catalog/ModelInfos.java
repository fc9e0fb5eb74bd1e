package dev.iqconsole.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * {@link ModelInfo} of the catalog's models. Layers and KV heads come from {@code model_architecture.csv}, heads and
 * head size from {@code model_attention.csv}; the two must agree on the attention width (heads x head size), so a
 * typo in either stops start-up with the file and line.
 */
@Service
public class ModelInfos {

    private final Map<String, ModelInfo> byModel;

    @Autowired
    ModelInfos(CatalogLoader importer, Catalog catalog) {
        this(importer.files(), catalog);
    }

    ModelInfos(CatalogFiles files, Catalog catalog) {
        Map<String, CsvTable.Row> architecture = new HashMap<>();
        for (var row : files.table("model_architecture.csv", "id", "layers", "kv_heads", "attention_width")
                .rows()) {
            architecture.put(row.text("id"), row);
        }
        Map<String, ModelInfo> infos = new HashMap<>();
        for (var row : files.table("model_attention.csv", "id", "attention_heads", "head_dim")
                .rows()) {
            String id = row.text("id");
            var model = catalog.model(id);
            var shape = architecture.get(id);
            if (model.isEmpty() || shape == null) {
                continue; // a fixture catalog without the model: no model info, as for any model without facts
            }
            int heads = row.wholeNumber("attention_heads");
            int headDim = row.wholeNumber("head_dim");
            int width = shape.wholeNumber("attention_width");
            if (heads * headDim != width) {
                throw row.error(
                        "head_dim",
                        heads + " heads x " + headDim + " = " + heads * headDim
                                + ", but model_architecture.csv gives attention_width " + width);
            }
            infos.put(
                    id,
                    ModelInfo.of(
                            model.get(), shape.wholeNumber("layers"), heads, shape.wholeNumber("kv_heads"), headDim));
        }
        this.byModel = Map.copyOf(infos);
    }

    /** Empty for a model whose architecture the catalog does not hold. */
    public Optional<ModelInfo> of(String modelId) {
        return Optional.ofNullable(byModel.get(modelId));
    }
}

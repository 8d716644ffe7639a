package org.triangulate.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.dossier.DossierJson;

/**
 * Moves dossier records between Java and table rows through Jackson trees in the dossier's JSON
 * shape. Known components become columns and child rows; components added to the records later
 * (by other pipeline stages) land in each row's {@code extra} JSON column and come back on read,
 * so the store never silently drops a field.
 */
final class Trees {
  static final ObjectMapper MAPPER = DossierJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

  private Trees() {}

  static ObjectNode tree(Object record) {
    return MAPPER.valueToTree(record);
  }

  static <T> T value(ObjectNode node, Class<T> type) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new StoreException("stored " + type.getSimpleName() + " cannot be read back: " + e.getMessage(), e);
    }
  }

  /** The components of {@code node} not in {@code known}, as JSON, or null when there are none. */
  static @Nullable String extra(ObjectNode node, Set<String> known) {
    ObjectNode rest = MAPPER.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!known.contains(e.getKey())) {
        rest.set(e.getKey(), e.getValue());
      }
    }
    return rest.isEmpty() ? null : rest.toString();
  }

  static void mergeExtra(ObjectNode target, @Nullable String extra) {
    if (extra == null) {
      return;
    }
    try {
      JsonNode n = MAPPER.readTree(extra);
      if (n instanceof ObjectNode o) {
        o.fields().forEachRemaining(e -> target.set(e.getKey(), e.getValue()));
      }
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt extra column: " + e.getMessage(), e);
    }
  }

  static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }
}

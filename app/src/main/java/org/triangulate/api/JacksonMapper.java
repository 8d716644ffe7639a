package org.triangulate.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import org.triangulate.dossier.DossierJson;

/** Javalin's JSON through the dossier's mapper: snake_case, ISO dates, null for missing values. */
final class JacksonMapper implements JsonMapper {
  static final ObjectMapper MAPPER = DossierJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String toJsonString(Object obj, Type type) {
    try {
      return MAPPER.writeValueAsString(obj);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + obj.getClass().getSimpleName(), e);
    }
  }

  @Override
  public <T> T fromJsonString(String json, Type type) {
    try {
      return MAPPER.readValue(json, MAPPER.constructType(type));
    } catch (JsonProcessingException e) {
      throw new ApiError(400, "invalid JSON: " + e.getOriginalMessage());
    }
  }
}

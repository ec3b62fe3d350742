package org.matchprep.base;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores a text made of named parts (part key -> text: an answer, a reviewed text) as a JSON object. */
@Converter
public class PartsConverter implements AttributeConverter<Map<String, String>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> PARTS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, String> parts) {
        return JSON.writeValueAsString(parts == null ? Map.of() : parts);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        return json == null ? new LinkedHashMap<>() : JSON.readValue(json, PARTS);
    }
}

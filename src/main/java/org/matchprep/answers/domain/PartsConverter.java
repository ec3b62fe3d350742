package org.matchprep.answers.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores an answer's parts (part key -> text) as a JSON object. */
@Converter
class PartsConverter implements AttributeConverter<Map<String, String>, String> {

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

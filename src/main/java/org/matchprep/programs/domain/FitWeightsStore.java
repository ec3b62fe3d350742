package org.matchprep.programs.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.matchprep.programs.FitWeights;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The single row of weights in force. Plain SQL: its columns are the {@link FitWeights} components in
 * snake case, so the record maps both ways without an entity that repeats twenty fields.
 */
@Repository
public class FitWeightsStore {

    /** The weights and the version an edit must name (0: the defaults, never saved). */
    public record Stored(FitWeights weights, long version) {
    }

    private static final List<String> COMPONENTS = Arrays.stream(FitWeights.class.getRecordComponents())
            .map(RecordComponent::getName).toList();
    private static final String COLUMNS = COMPONENTS.stream().map(FitWeightsStore::snakeCase)
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    FitWeightsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> load() {
        DataClassRowMapper<FitWeights> weights = new DataClassRowMapper<>(FitWeights.class);
        return jdbc.sql("select " + COLUMNS + ", version from fit_weights where id = 1")
                .query((row, number) -> new Stored(weights.mapRow(row, number), row.getLong("version")))
                .optional();
    }

    /** Writes the weights if the row is still at {@code expectedVersion}; false when someone saved meanwhile. */
    public boolean save(FitWeights weights, long expectedVersion, long adminId, Instant now) {
        Map<String, Object> params = parameters(weights);
        params.put("now", Timestamp.from(now));
        params.put("admin", adminId);
        params.put("expected", expectedVersion);
        if (expectedVersion == 0) {
            String values = COMPONENTS.stream().map(name -> ":" + name).collect(Collectors.joining(", "));
            return jdbc.sql("insert into fit_weights (id, " + COLUMNS + ", updated_at, updated_by, version) values (1, "
                    + values + ", :now, :admin, 1) on conflict (id) do nothing").params(params).update() == 1;
        }
        String assignments = COMPONENTS.stream().map(name -> snakeCase(name) + " = :" + name)
                .collect(Collectors.joining(", "));
        return jdbc.sql("update fit_weights set " + assignments + ", updated_at = :now, updated_by = :admin, "
                + "version = version + 1 where id = 1 and version = :expected").params(params).update() == 1;
    }

    private static Map<String, Object> parameters(FitWeights weights) {
        Map<String, Object> params = new HashMap<>();
        for (RecordComponent component : FitWeights.class.getRecordComponents()) {
            try {
                params.put(component.getName(), component.getAccessor().invoke(weights));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return params;
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}

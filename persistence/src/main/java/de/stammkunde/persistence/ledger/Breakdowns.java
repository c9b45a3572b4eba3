package de.stammkunde.persistence.ledger;

import de.stammkunde.domain.ledger.PointsComponent;
import java.util.List;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A ledger entry's breakdown by rule, kept as a jsonb array of {rule, label, points}. */
final class Breakdowns {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<PointsComponent>> TYPE = new TypeReference<>() {
    };

    private Breakdowns() {
    }

    static @Nullable JSONB toJson(List<PointsComponent> breakdown) {
        return breakdown.isEmpty() ? null : JSONB.valueOf(JSON.writeValueAsString(breakdown));
    }

    static List<PointsComponent> fromJson(@Nullable JSONB json) {
        return json == null ? List.of() : JSON.readValue(json.data(), TYPE);
    }
}

package org.matchprep.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Every kind of shareable item the features provide, by type; loads items of several kinds with one call per kind. */
@Component
class ReviewableKinds {

    private final Map<String, ReviewableKind> byType;

    ReviewableKinds(List<ReviewableKind> kinds) {
        Map<String, ReviewableKind> found = new LinkedHashMap<>();
        for (ReviewableKind kind : kinds) {
            SubjectRef.of(kind.type(), 0); // the same naming rule as links and the database
            if (found.putIfAbsent(kind.type(), kind) != null) {
                throw new IllegalStateException("Two reviewable kinds are named \"" + kind.type() + "\"");
            }
        }
        this.byType = Map.copyOf(found);
    }

    /** The kind of this type; an unknown type is refused as any item not shared with the caller. */
    ReviewableKind of(String type) {
        ReviewableKind kind = byType.get(type);
        if (kind == null) {
            throw SubjectAccess.refused("item");
        }
        return kind;
    }

    Optional<ReviewableKind> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    Collection<ReviewableKind> all() {
        return byType.values();
    }

    /** The items that still exist, of whatever kinds, by reference: one provider call per kind. */
    Map<SubjectRef, ReviewSubject> load(Collection<SubjectRef> subjects) {
        Map<String, List<Long>> idsByType = subjects.stream().collect(Collectors.groupingBy(SubjectRef::type,
                Collectors.mapping(SubjectRef::id, Collectors.toList())));
        Map<SubjectRef, ReviewSubject> loaded = new HashMap<>();
        idsByType.forEach((type, ids) -> find(type).ifPresent(kind -> kind.load(ids).forEach(subject ->
                loaded.put(SubjectRef.of(type, subject.id()), subject))));
        return loaded;
    }
}

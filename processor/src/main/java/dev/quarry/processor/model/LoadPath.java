package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * One path of a repository finder's {@code @LoadWith}: the relationships it names, from the
 * repository's entity on, and the strategy of every level; the writer turns it into
 * {@code .load(Load.selectIn(USER.posts).then(Post_.POST.tags))}.
 *
 * @param path   the path as written ({@code "posts.tags"})
 * @param joined whether it is in {@code joined} (else {@code selectIn})
 * @param levels its relationships, in path order
 */
public record LoadPath(String path, boolean joined, List<Level> levels) {
    public LoadPath {
        Objects.requireNonNull(path, "path");
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a load path names at least one relationship: " + path);
        }
    }

    /**
     * One relationship of a path.
     *
     * @param source    the entity declaring it
     * @param metamodel the source's metamodel class ({@code Post_})
     * @param constant  the source's table constant in it ({@code POST})
     * @param property  the relationship property ({@code tags})
     */
    public record Level(ClassName source, ClassName metamodel, String constant, String property) {
        public Level {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(metamodel, "metamodel");
            Objects.requireNonNull(constant, "constant");
            Objects.requireNonNull(property, "property");
        }

        /** {@code POST.tags}, for messages. */
        public String expression() {
            return constant + "." + property;
        }
    }

    /** The path as a load option, for messages: {@code selectIn(USER.posts).then(POST.tags)}. */
    public String option() {
        StringBuilder option = new StringBuilder(joined ? "joined(" : "selectIn(").append(levels.get(0).expression())
                .append(')');
        for (int i = 1; i < levels.size(); i++) {
            option.append(".then(").append(levels.get(i).expression()).append(')');
        }
        return option.toString();
    }
}

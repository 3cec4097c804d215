package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.RepositoryDescriptor.Result;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads a finder's {@code @LoadWith}: resolves each dot-separated path against the
 * relationships of the entities it walks through, and reports what cannot load: a segment
 * naming no relationship, a joined many-to-many, a relationship starting paths of both
 * strategies, a finder that returns no whole entities. (A joined one-to-many under a
 * {@code First}/{@code Top} limit or a page is fine: the runtime pages the entities in a derived
 * table before joining.)
 */
final class LoadPaths {
    private static final String SELECT_IN = "selectIn";
    private static final String JOINED = "joined";

    /** The relationships of an entity, by its class. */
    private final Function<ClassName, List<RelationDescriptor>> relations;

    LoadPaths(Function<ClassName, List<RelationDescriptor>> relations) {
        this.relations = relations;
    }

    /** What the paths are checked against: the finder's name, its root entity and how it returns rows. */
    record Finder(ExecutableElement method, EntityDescriptor entity, Result result, boolean projected,
            String returnType) {
        String name() {
            return method.getSimpleName().toString();
        }
    }

    /**
     * The paths of {@code mirror} (the finder's {@code @LoadWith}) in the order written, or empty
     * when one of them cannot load; errors (and the warning for an empty annotation) go into
     * {@code report}.
     */
    Optional<List<LoadPath>> describe(Finder finder, AnnotationMirror mirror, ValidationReport.Builder report) {
        String name = finder.name();
        EntityDescriptor entity = finder.entity();
        if (finder.projected() || !LoadOptions.RESULTS.contains(finder.result())) {
            report.error(ErrorMessages.loadWithWithoutEntities(name, finder.returnType(), entity.entity().simpleName()),
                    finder.method(), mirror);
            return Optional.empty();
        }
        List<LoadPath> paths = new ArrayList<>();
        boolean clean = true;
        boolean any = false;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> member
                : mirror.getElementValues().entrySet()) {
            String strategy = member.getKey().getSimpleName().toString();
            if (!strategy.equals(SELECT_IN) && !strategy.equals(JOINED)) {
                continue;
            }
            for (AnnotationValue value : Annotations.arrayValue(mirror, strategy)) {
                any = true;
                Optional<LoadPath> path = resolve(finder, mirror, value, strategy.equals(JOINED), report);
                path.ifPresent(paths::add);
                clean &= path.isPresent();
            }
        }
        if (!any) {
            report.warning(ErrorMessages.emptyLoadWith(name), finder.method(), mirror, null);
            return Optional.of(List.of());
        }
        clean &= checkStrategies(finder, mirror, paths, report);
        return clean ? Optional.of(paths) : Optional.empty();
    }

    /** One path, resolved level by level from the finder's entity. */
    private Optional<LoadPath> resolve(Finder finder, AnnotationMirror mirror, AnnotationValue value, boolean joined,
            ValidationReport.Builder report) {
        String path = (String) value.getValue();
        ClassName source = finder.entity().entity();
        List<RelationDescriptor> available = finder.entity().relations();
        List<LoadPath.Level> levels = new ArrayList<>();
        List<RelationDescriptor> walked = new ArrayList<>();
        for (String segment : path.split("\\.", -1)) {
            RelationDescriptor relation = available.stream().filter(r -> r.property().equals(segment)).findFirst()
                    .orElse(null);
            if (relation == null) {
                List<String> names = available.stream().map(RelationDescriptor::property).toList();
                report.error(ErrorMessages.loadWithUnknownRelationship(finder.name(), joined ? JOINED : SELECT_IN,
                        path, segment, source.simpleName(), MethodNameParser.closest(segment, names).orElse(null),
                        names), finder.method(), mirror, value);
                return Optional.empty();
            }
            levels.add(new LoadPath.Level(source, EntityDescriptors.metamodelName(source),
                    Names.constantName(source.simpleName()), segment));
            walked.add(relation);
            source = relation.target();
            available = relations.apply(source);
        }
        LoadPath resolved = new LoadPath(path, joined, levels);
        if (joined && !checkJoined(finder, mirror, value, resolved, walked, report)) {
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    /** A joined path goes through no many-to-many. */
    private static boolean checkJoined(Finder finder, AnnotationMirror mirror, AnnotationValue value, LoadPath path,
            List<RelationDescriptor> walked, ValidationReport.Builder report) {
        for (int i = 0; i < walked.size(); i++) {
            RelationDescriptor relation = walked.get(i);
            LoadPath.Level level = path.levels().get(i);
            String qualified = level.source().simpleName() + "." + level.property();
            if (relation.kind() == RelationDescriptor.Kind.MANY_TO_MANY) {
                report.error(ErrorMessages.loadWithJoinedManyToMany(finder.name(), path.path(), qualified,
                        mixed(path.levels(), i, true)), finder.method(), mirror, value);
                return false;
            }
        }
        return true;
    }

    /** No relationship starts paths of both lists: it would be loaded twice, in different ways. */
    private static boolean checkStrategies(Finder finder, AnnotationMirror mirror, List<LoadPath> paths,
            ValidationReport.Builder report) {
        boolean clean = true;
        Set<String> reported = new HashSet<>();
        for (LoadPath selectIn : paths) {
            for (LoadPath joined : paths) {
                String first = selectIn.levels().get(0).property();
                if (selectIn.joined() || !joined.joined() || !first.equals(joined.levels().get(0).property())
                        || !reported.add(first)) {
                    continue;
                }
                report.error(ErrorMessages.loadWithBothStrategies(finder.name(), first, selectIn.path(),
                        joined.path(), together(selectIn, joined)), finder.method(), mirror);
                clean = false;
            }
        }
        return clean;
    }

    /**
     * One option loading both paths: their shared levels with one strategy, the rest of the
     * other path with its own, such as {@code selectIn(USER.posts).thenJoined(POST.author)}.
     */
    private static String together(LoadPath selectIn, LoadPath joined) {
        int common = 0;
        while (common < selectIn.levels().size() && common < joined.levels().size()
                && selectIn.levels().get(common).property().equals(joined.levels().get(common).property())) {
            common++;
        }
        if (common < joined.levels().size()) {
            List<LoadPath.Level> levels = new ArrayList<>(selectIn.levels().subList(0, common));
            levels.addAll(joined.levels().subList(common, joined.levels().size()));
            return mixed(levels, common, false);
        }
        if (common < selectIn.levels().size()) {
            return mixed(selectIn.levels(), common, true);
        }
        return selectIn.option();
    }

    /**
     * {@code levels} as one option whose strategy switches at {@code switchAt}: joined then
     * select-in when {@code joinedFirst}, else select-in then joined.
     */
    private static String mixed(List<LoadPath.Level> levels, int switchAt, boolean joinedFirst) {
        StringBuilder option = new StringBuilder();
        for (int i = 0; i < levels.size(); i++) {
            boolean joined = joinedFirst == (i < switchAt);
            String call = i == 0 ? (joined ? "joined(" : "selectIn(")
                    : i == switchAt ? (joined ? ".thenJoined(" : ".thenSelectIn(")
                    : ".then(";
            option.append(call).append(levels.get(i).expression()).append(')');
        }
        return option.toString();
    }
}

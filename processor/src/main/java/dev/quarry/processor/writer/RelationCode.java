package dev.quarry.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.model.RelationDescriptor;
import dev.quarry.processor.util.RuntimeTypes;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The code of one relationship: its metamodel field and constructor statement, and the mapper's holder. */
final class RelationCode {
    private static final String ENTITY = "entity";

    private RelationCode() {
    }

    /** {@code public final Relation<User, Post> posts;} with javadoc naming the columns. */
    static FieldSpec field(EntityDescriptor entity, RelationDescriptor relation) {
        CodeBlock by;
        if (relation.kind() == RelationDescriptor.Kind.MANY_TO_MANY) {
            by = CodeBlock.of("through {@code $L}", relation.joinTable());
        } else if (relation.foreignKeyInSource()) {
            by = CodeBlock.of("by {@code $L.$L}", entity.table(), relation.sourceColumn());
        } else {
            by = CodeBlock.of("by {@code $L.$L}", relation.targetTable(), relation.targetColumn());
        }
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.RELATION, entity.entity(), relation.target()),
                        relation.property(), Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Relationship {@link $T#$L}: $L to {@link $T}, $L$L.\n", entity.entity(),
                        relation.property(), relation.kind().words(), relation.target(), by,
                        relation.cascades().isEmpty() ? "" : "; cascades " + String.join(", ", relation.cascades()))
                .build();
    }

    /**
     * {@code this.posts = relation(RelationSchema.oneToMany(...), () -> Post_.POST, entity -> entity.id,
     * entity -> entity.posts)}: the target is a lambda so that metamodels referencing each other
     * do not need each other initialised first.
     */
    static CodeBlock statement(RelationDescriptor relation) {
        return CodeBlock.of("this.$N = relation($L,$W() -> $T.$N,$W$N -> $L,$W$N -> $L)",
                relation.property(), schema(relation), relation.targetMetamodel(), relation.targetConstant(),
                ENTITY, ValueCode.get(relation.sourceValue(), ENTITY), ENTITY, ValueCode.get(relation.reader(), ENTITY));
    }

    /**
     * {@code RelationSchema.manyToOne("author", "author_id", "id")} and its siblings, followed by
     * {@code .cascade(Cascade.DELETE, ...)} when the relationship declares cascades.
     */
    private static CodeBlock schema(RelationDescriptor relation) {
        CodeBlock schema = factoryCall(relation);
        if (relation.cascades().isEmpty()) {
            return schema;
        }
        List<CodeBlock> cascades = relation.cascades().stream()
                .map(cascade -> CodeBlock.of("$T.$N", RuntimeTypes.CASCADE, cascade))
                .toList();
        return CodeBlock.of("$L$Z.cascade($L)", schema, CodeBlock.join(cascades, ",$W"));
    }

    /** The {@code RelationSchema} factory call for the relationship's kind. */
    private static CodeBlock factoryCall(RelationDescriptor relation) {
        String name = relation.property();
        return switch (relation.kind()) {
            case MANY_TO_ONE -> CodeBlock.of("$T.manyToOne($S, $S, $S)", RuntimeTypes.RELATION_SCHEMA, name,
                    relation.sourceColumn(), relation.targetColumn());
            case ONE_TO_MANY -> CodeBlock.of("$T.oneToMany($S, $S, $S, $S)", RuntimeTypes.RELATION_SCHEMA, name,
                    relation.sourceColumn(), relation.targetColumn(), relation.mappedBy());
            case ONE_TO_ONE -> relation.inverse()
                    ? CodeBlock.of("$T.oneToOneMappedBy($S, $S, $S, $S)", RuntimeTypes.RELATION_SCHEMA, name,
                            relation.sourceColumn(), relation.targetColumn(), relation.mappedBy())
                    : CodeBlock.of("$T.oneToOne($S, $S, $S)", RuntimeTypes.RELATION_SCHEMA, name,
                            relation.sourceColumn(), relation.targetColumn());
            case MANY_TO_MANY -> CodeBlock.of("$T.manyToMany($S, $S, $S, $S, $S, $S, $L)",
                    RuntimeTypes.RELATION_SCHEMA, name, relation.sourceColumn(), relation.targetColumn(),
                    relation.joinTable(), relation.joinSourceColumn(), relation.joinTargetColumn(),
                    relation.inverse() ? CodeBlock.of("$S", relation.mappedBy()) : CodeBlock.of("null"));
        };
    }

    /**
     * {@code RelationHolders.list("User.posts", "USER.posts", Relation.Kind.ONE_TO_MANY)}: the
     * unloaded holder the mapper puts in (a collection's kind tells its message which load options work).
     */
    static CodeBlock holder(EntityDescriptor entity, RelationDescriptor relation) {
        String path = entity.entity().simpleName() + "." + relation.property();
        String metamodel = entity.constant() + "." + relation.property();
        if (relation.holder() == RelationDescriptor.Holder.REF) {
            return CodeBlock.of("$T.$N($S, $S)", RuntimeTypes.RELATION_HOLDERS, relation.holder().factory(), path,
                    metamodel);
        }
        return CodeBlock.of("$T.$N($S, $S,$W$T.Kind.$N)", RuntimeTypes.RELATION_HOLDERS, relation.holder().factory(),
                path, metamodel, RuntimeTypes.RELATION, relation.kind().name());
    }
}

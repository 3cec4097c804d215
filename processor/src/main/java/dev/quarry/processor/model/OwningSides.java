package dev.quarry.processor.model;

import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.RelationDescriptor.Kind;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.ValueKinds;
import dev.quarry.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the owning side an inverse relationship's {@code mappedBy} names on the target: a
 * {@code @ManyToOne} or owning {@code @OneToOne} back to this entity for a {@code @OneToMany}, an
 * owning {@code @OneToOne} for an inverse {@code @OneToOne}, an owning {@code @ManyToMany} for an
 * inverse {@code @ManyToMany}.
 */
final class OwningSides {
    private OwningSides() {
    }

    /** The owning side of {@code site}, an inverse relationship of {@code entity}; empty after reporting why not. */
    static Optional<RelationSite> find(RelationSite site, TypeElement entity, TypeElement target,
            ValidationReport.Builder report) {
        String mappedBy = site.string("mappedBy");
        String targetName = target.getSimpleName().toString();
        Optional<Property> found = Property.of(target).stream()
                .filter(property -> property.name().equals(mappedBy))
                .findFirst();
        if (found.isEmpty()) {
            List<String> relationships = Property.relationshipsOf(target).stream().map(Property::name).toList();
            site.error(report, ErrorMessages.mappedByUnknown(site.label(), site.name(), mappedBy, targetName,
                    relationships), "mappedBy");
            return Optional.empty();
        }
        Property owner = found.get();
        List<AnnotationMirror> annotations = owner.relationshipAnnotations();
        String actual;
        if (annotations.isEmpty()) {
            actual = owner.isTransient() ? "a @Transient field" : "a column";
        } else if (annotations.size() > 1) {
            actual = "a property with several relationship annotations";
        } else {
            RelationSite candidate = new RelationSite(owner, annotations.get(0));
            if (matches(site.kind(), candidate) && relatesTo(owner.type(), entity, site.kind() == Kind.MANY_TO_MANY)) {
                return Optional.of(candidate);
            }
            actual = "a " + candidate.label() + " " + ValueKinds.simpleName(owner.type())
                    + (candidate.inverse() ? " with mappedBy itself (an inverse side)" : "");
        }
        site.error(report, ErrorMessages.mappedByMismatch(site.label(), site.name(), mappedBy, targetName, actual,
                expected(site.kind(), entity.getSimpleName().toString(), targetName)), "mappedBy");
        return Optional.empty();
    }

    private static boolean matches(Kind inverse, RelationSite owner) {
        return switch (inverse) {
            case ONE_TO_MANY -> owner.kind() == Kind.MANY_TO_ONE || owner.kind() == Kind.ONE_TO_ONE && !owner.inverse();
            case ONE_TO_ONE -> owner.kind() == Kind.ONE_TO_ONE && !owner.inverse();
            case MANY_TO_MANY -> owner.kind() == Kind.MANY_TO_MANY && !owner.inverse();
            case MANY_TO_ONE -> false;
        };
    }

    /** Whether {@code type} is {@code Ref<entity>}, or {@code List}/{@code Set} of it when {@code toMany}. */
    private static boolean relatesTo(TypeMirror type, TypeElement entity, boolean toMany) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        DeclaredType declared = (DeclaredType) type;
        String erased = ValueKinds.erasedName(type);
        boolean shape = toMany ? erased.equals("java.util.List") || erased.equals("java.util.Set")
                : erased.equals(RuntimeTypes.REF);
        if (!shape || declared.getTypeArguments().size() != 1) {
            return false;
        }
        TypeMirror argument = declared.getTypeArguments().get(0);
        return argument.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) argument).asElement()).getQualifiedName()
                        .contentEquals(entity.getQualifiedName());
    }

    private static String expected(Kind inverse, String entity, String target) {
        return switch (inverse) {
            case ONE_TO_MANY -> "the @ManyToOne (or owning @OneToOne) Ref<" + entity + "> property of " + target
                    + " that references " + entity;
            case ONE_TO_ONE -> "the owning @OneToOne Ref<" + entity + "> property of " + target
                    + " (the one with joinColumn, not mappedBy)";
            default -> "the owning @ManyToMany List<" + entity + "> or Set<" + entity + "> property of " + target
                    + " (the one without mappedBy)";
        };
    }
}

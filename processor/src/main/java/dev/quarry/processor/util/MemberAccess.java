package dev.quarry.processor.util;

import dev.quarry.processor.model.Access;
import dev.quarry.processor.model.Instantiation;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds how code generated into an entity's package can create the entity and read and write
 * its properties: non-private members of the entity, or public (or same-package) inherited ones.
 */
public final class MemberAccess {
    private final Elements elements;
    private final Types types;

    public MemberAccess(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * How the mapper creates the entity, if it can: a record's canonical constructor; else a
     * no-argument constructor when every column can be assigned; else a constructor taking every
     * column; else a no-argument constructor (and the unassignable columns are errors).
     */
    public Optional<Instantiation> instantiation(TypeElement entity, List<Property> columns) {
        if (entity.getKind() == ElementKind.RECORD) {
            return Optional.of(Instantiation.ALL_COLUMNS_CONSTRUCTOR);
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(entity.getEnclosedElements()).stream()
                .filter(constructor -> !constructor.getModifiers().contains(Modifier.PRIVATE))
                .toList();
        boolean noArg = constructors.stream().anyMatch(constructor -> constructor.getParameters().isEmpty());
        if (noArg && columns.stream().allMatch(column -> writer(entity, column).isPresent())) {
            return Optional.of(Instantiation.NO_ARG_CONSTRUCTOR);
        }
        if (constructors.stream().anyMatch(constructor -> takesColumns(constructor, columns))) {
            return Optional.of(Instantiation.ALL_COLUMNS_CONSTRUCTOR);
        }
        return noArg ? Optional.of(Instantiation.NO_ARG_CONSTRUCTOR) : Optional.empty();
    }

    private boolean takesColumns(ExecutableElement constructor, List<Property> columns) {
        if (constructor.getParameters().size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!types.isSameType(constructor.getParameters().get(i).asType(), columns.get(i).type())) {
                return false;
            }
        }
        return true;
    }

    /** How generated code reads the property: the non-private field, a getter, or a record accessor. */
    public Optional<Access> reader(TypeElement entity, Property property) {
        if (property.isComponent()) {
            return Optional.of(Access.method(property.name()));
        }
        if (!property.field().getModifiers().contains(Modifier.PRIVATE)) {
            return Optional.of(Access.field(property.name()));
        }
        boolean booleanType = property.type().getKind() == TypeKind.BOOLEAN
                || ValueKinds.erasedName(property.type()).equals("java.lang.Boolean");
        for (ExecutableElement method : accessibleMethods(entity)) {
            String name = method.getSimpleName().toString();
            boolean named = name.equals(Names.getter(property.name(), false))
                    || booleanType && name.equals(Names.getter(property.name(), true));
            if (named && method.getParameters().isEmpty()
                    && types.isSameType(method.getReturnType(), property.type())) {
                return Optional.of(Access.method(name));
            }
        }
        return Optional.empty();
    }

    /** How generated code assigns the property: the non-private, non-final field, or a setter. */
    public Optional<Access> writer(TypeElement entity, Property property) {
        if (property.isComponent()) {
            return Optional.empty();
        }
        if (!property.field().getModifiers().contains(Modifier.PRIVATE)
                && !property.field().getModifiers().contains(Modifier.FINAL)) {
            return Optional.of(Access.field(property.name()));
        }
        String setter = Names.setter(property.name());
        for (ExecutableElement method : accessibleMethods(entity)) {
            if (method.getSimpleName().contentEquals(setter) && method.getParameters().size() == 1
                    && types.isSameType(method.getParameters().get(0).asType(), property.type())) {
                return Optional.of(Access.method(setter));
            }
        }
        return Optional.empty();
    }

    private List<ExecutableElement> accessibleMethods(TypeElement entity) {
        PackageElement entityPackage = elements.getPackageOf(entity);
        return ElementFilter.methodsIn(elements.getAllMembers(entity)).stream()
                .filter(method -> !method.getModifiers().contains(Modifier.STATIC))
                .filter(method -> isAccessible(method, entity, entityPackage))
                .toList();
    }

    private boolean isAccessible(Element member, TypeElement entity, PackageElement entityPackage) {
        if (member.getModifiers().contains(Modifier.PUBLIC)) {
            return true;
        }
        if (member.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        TypeMirror owner = member.getEnclosingElement().asType();
        return types.isSameType(types.erasure(owner), types.erasure(entity.asType()))
                || elements.getPackageOf(member).equals(entityPackage);
    }
}

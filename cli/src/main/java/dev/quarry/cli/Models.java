package dev.quarry.cli;

import dev.quarry.query.EntityTable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Loads a model: the entity tables in the public static {@code ALL} field of a generated {@code Tables} class. */
final class Models {
    private Models() {
    }

    /**
     * The tables of {@code className}'s {@code ALL} field.
     *
     * @throws CommandException if the class or its field cannot be found or read
     */
    static List<EntityTable<?, ?>> load(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader != null ? loader : Models.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new CommandException("model class " + className + " not found: put the application's compiled"
                    + " classes on the class path (the generated Tables class of the entities' package)", e);
        } catch (LinkageError e) {
            throw new CommandException("model class " + className + " cannot be loaded: " + e, e);
        }
        Field all;
        try {
            all = type.getField("ALL");
        } catch (NoSuchFieldException e) {
            throw new CommandException("model class " + className + " has no public static field ALL: give the"
                    + " generated Tables class of the entities' package", e);
        }
        if (!Modifier.isStatic(all.getModifiers())) {
            throw new CommandException("model class " + className + ": field ALL is not static");
        }
        Object value;
        try {
            value = all.get(null);
        } catch (IllegalAccessException e) {
            throw new CommandException("model class " + className + ": field ALL cannot be read: " + e.getMessage(), e);
        }
        if (!(value instanceof Collection<?> collection)) {
            throw new CommandException("model class " + className + ": field ALL is not a collection of entity tables");
        }
        List<EntityTable<?, ?>> tables = new ArrayList<>();
        for (Object element : collection) {
            if (!(element instanceof EntityTable<?, ?> table)) {
                throw new CommandException("model class " + className + ": field ALL holds "
                        + (element == null ? "null" : element.getClass().getName()) + ", not an entity table");
            }
            tables.add(table);
        }
        return tables;
    }
}

package dev.quarry.maven;

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

    /** The tables of {@code className}'s {@code ALL} field, loaded by {@code loader}. */
    static List<EntityTable<?, ?>> load(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new ModelException("model class " + className + " not found in the project's classes and runtime"
                    + " dependencies: compile first (mvn compile quarry:...) and give the generated Tables class", e);
        } catch (LinkageError e) {
            throw new ModelException("model class " + className + " cannot be loaded: " + e, e);
        }
        Object value;
        try {
            Field all = type.getField("ALL");
            if (!Modifier.isStatic(all.getModifiers())) {
                throw new ModelException("model class " + className + ": field ALL is not static", null);
            }
            value = all.get(null);
        } catch (NoSuchFieldException e) {
            throw new ModelException("model class " + className + " has no public static field ALL: give the"
                    + " generated Tables class of the entities' package", e);
        } catch (IllegalAccessException e) {
            throw new ModelException("model class " + className + ": field ALL cannot be read: " + e.getMessage(), e);
        }
        if (!(value instanceof Collection<?> collection)) {
            throw new ModelException("model class " + className + ": field ALL is not a collection of entity tables", null);
        }
        List<EntityTable<?, ?>> tables = new ArrayList<>();
        for (Object element : collection) {
            if (!(element instanceof EntityTable<?, ?> table)) {
                throw new ModelException("model class " + className + ": field ALL holds "
                        + (element == null ? "null" : element.getClass().getName()) + ", not an entity table", null);
            }
            tables.add(table);
        }
        return tables;
    }

    /** The model cannot be loaded. */
    static final class ModelException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

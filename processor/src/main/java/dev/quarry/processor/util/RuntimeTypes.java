package dev.quarry.processor.util;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The runtime's types, named for the processor: it never loads them, it reads their
 * annotations through mirrors and writes code that refers to them.
 */
public final class RuntimeTypes {
    /** Package of Quarry's annotations. */
    public static final String ANNOTATION_PACKAGE = "dev.quarry.annotation";

    public static final String ENTITY = ANNOTATION_PACKAGE + ".Entity";
    public static final String ID = ANNOTATION_PACKAGE + ".Id";
    public static final String GENERATED_VALUE = ANNOTATION_PACKAGE + ".GeneratedValue";
    public static final String VERSION = ANNOTATION_PACKAGE + ".Version";
    public static final String CREATED_AT = ANNOTATION_PACKAGE + ".CreatedAt";
    public static final String UPDATED_AT = ANNOTATION_PACKAGE + ".UpdatedAt";
    public static final String COLUMN = ANNOTATION_PACKAGE + ".Column";
    public static final String FOREIGN_KEY = ANNOTATION_PACKAGE + ".ForeignKey";
    public static final String INDEX = ANNOTATION_PACKAGE + ".Index";
    public static final String INDEXES = ANNOTATION_PACKAGE + ".Indexes";
    public static final String TRANSIENT = ANNOTATION_PACKAGE + ".Transient";
    public static final String MANY_TO_ONE = ANNOTATION_PACKAGE + ".ManyToOne";
    public static final String ONE_TO_MANY = ANNOTATION_PACKAGE + ".OneToMany";
    public static final String ONE_TO_ONE = ANNOTATION_PACKAGE + ".OneToOne";
    public static final String MANY_TO_MANY = ANNOTATION_PACKAGE + ".ManyToMany";
    /** The relationship annotations, in the order their names appear in messages. */
    public static final List<String> RELATIONSHIPS = List.of(MANY_TO_ONE, ONE_TO_MANY, ONE_TO_ONE, MANY_TO_MANY);

    /** The type of a to-one relationship property. */
    public static final String REF = "dev.quarry.relation.Ref";

    public static final String REPOSITORY = ANNOTATION_PACKAGE + ".Repository";
    public static final String QUERY = ANNOTATION_PACKAGE + ".Query";
    public static final String MODIFYING = ANNOTATION_PACKAGE + ".Modifying";
    public static final String LOAD_WITH = ANNOTATION_PACKAGE + ".LoadWith";
    /** A load option type: a parameter of this type is not a query value. */
    public static final String LOAD = "dev.quarry.query.Load";

    public static final String CRUD_REPOSITORY = "dev.quarry.repository.CrudRepository";
    public static final String READ_REPOSITORY = "dev.quarry.repository.ReadRepository";
    public static final ClassName PAGE = ClassName.get("dev.quarry.repository", "Page");
    public static final ClassName SLICE = ClassName.get("dev.quarry.repository", "Slice");
    public static final ClassName PAGE_REQUEST = ClassName.get("dev.quarry.repository", "PageRequest");
    public static final ClassName DATABASE = ClassName.get("dev.quarry", "Database");
    public static final ClassName SESSION = ClassName.get("dev.quarry.session", "Session");
    public static final ClassName SQL = ClassName.get("dev.quarry.query", "Sql");
    public static final ClassName PARAMETER_BINDING = ClassName.get("dev.quarry.spi", "ParameterBinding");
    public static final ClassName ABSTRACT_CRUD_REPOSITORY = ClassName.get("dev.quarry.spi", "AbstractCrudRepository");
    public static final ClassName ABSTRACT_READ_REPOSITORY = ClassName.get("dev.quarry.spi", "AbstractReadRepository");

    /** Present on the class path when JSR-330 injection (jakarta.inject) is available. */
    public static final String JAKARTA_INJECT = "jakarta.inject.Inject";
    public static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
    public static final ClassName SINGLETON = ClassName.get("jakarta.inject", "Singleton");

    /** Any annotation with this simple name marks a nullable column. */
    public static final String NULLABLE_SIMPLE_NAME = "Nullable";

    public static final ClassName REFERENTIAL_ACTION = ClassName.get(ANNOTATION_PACKAGE, "ReferentialAction");
    /** What deleting or persisting an entity does to the related ones: {@code @OneToMany(cascade)}. */
    public static final ClassName CASCADE = ClassName.get(ANNOTATION_PACKAGE, "Cascade");

    public static final ClassName COLUMN_TYPE = ClassName.get("dev.quarry.query", "Column");
    public static final ClassName STRING_COLUMN = ClassName.get("dev.quarry.query", "StringColumn");
    public static final ClassName ENTITY_TABLE = ClassName.get("dev.quarry.query", "EntityTable");

    public static final ClassName ABSTRACT_ENTITY_TABLE = ClassName.get("dev.quarry.spi", "AbstractEntityTable");
    public static final ClassName ENTITY_MAPPER = ClassName.get("dev.quarry.spi", "EntityMapper");
    public static final ClassName ROW_READER = ClassName.get("dev.quarry.spi", "RowReader");
    public static final ClassName PARAMETER_BINDER = ClassName.get("dev.quarry.spi", "ParameterBinder");
    public static final ClassName VALUE_TYPE = ClassName.get("dev.quarry.spi", "ValueType");
    public static final ClassName TABLE_SCHEMA = ClassName.get("dev.quarry.spi", "TableSchema");
    public static final ClassName COLUMN_SCHEMA = ClassName.get("dev.quarry.spi", "ColumnSchema");
    public static final ClassName FOREIGN_KEY_SCHEMA = ClassName.get("dev.quarry.spi", "ForeignKeySchema");
    public static final ClassName INDEX_SCHEMA = ClassName.get("dev.quarry.spi", "IndexSchema");
    public static final ClassName CHECK_SCHEMA = ClassName.get("dev.quarry.spi", "CheckSchema");
    public static final ClassName RELATION = ClassName.get("dev.quarry.query", "Relation");
    public static final ClassName RELATION_SCHEMA = ClassName.get("dev.quarry.spi", "RelationSchema");
    public static final ClassName RELATION_HOLDERS = ClassName.get("dev.quarry.spi", "RelationHolders");

    private RuntimeTypes() {
    }
}

package dev.quarry.processor.diagnostic;

/**
 * Every message the processor reports. Each starts with a stable ID and says how to fix the
 * problem; tests build their expectations from these methods.
 */
public final class ErrorMessages {
    private static final String SUPPRESS = " (silence with @SuppressWarnings(\"quarry\"))";

    private ErrorMessages() {
    }

    /** {@code what}: "an interface", "an enum", "an annotation type", "abstract". */
    public static String entityKind(String entity, String what) {
        return "[QRY-E001] @Entity " + entity + " is " + what
                + "; put @Entity on a concrete class or a record";
    }

    /** {@code why}: "a non-static inner class", "private", "inside private class Outer", "a local class". */
    public static String entityAccess(String entity, String why) {
        return "[QRY-E002] @Entity " + entity + " is " + why + ", so the generated code cannot use it;"
                + " make it a top-level or static nested class that is not private";
    }

    public static String noId(String entity) {
        return "[QRY-E003] @Entity " + entity + " has no @Id column;"
                + " annotate its primary-key field or record component with @Id";
    }

    public static String unsupportedType(String property, String type, String supported) {
        return "[QRY-E004] Column " + property + " has type " + type + ", which Quarry cannot map;"
                + " use one of " + supported + ", or leave the field out with @Transient";
    }

    public static String replaceableType(String property, String type, String replacement) {
        return "[QRY-E005] Column " + property + " has type " + type + ", which Quarry does not map;"
                + " use " + replacement + " instead";
    }

    public static String foreignKeyNotEntity(String property, String target) {
        return "[QRY-E006] @ForeignKey on " + property + " references " + target + ", which is not an @Entity;"
                + " reference the @Entity class whose key the column holds";
    }

    public static String foreignKeyTypeMismatch(String property, String type, String key, String keyType) {
        return "[QRY-E007] @ForeignKey on " + property + " has type " + type + ", but the referenced key " + key
                + " has type " + keyType + "; declare " + property + " as " + keyType
                + " (or its primitive/boxed form)";
    }

    public static String foreignKeyTargetKey(String property, String target, int keyColumns) {
        return "[QRY-E008] @ForeignKey on " + property + " references " + target + ", whose primary key has "
                + keyColumns + " columns; the target must have a single-column key";
    }

    public static String duplicateColumn(String column, String property, String other) {
        return "[QRY-E009] Column name " + column + " of " + property + " is already used by " + other
                + " (names are compared ignoring case); rename one with @Column(name = \"...\")";
    }

    public static String noConstructor(String entity, String columns) {
        return "[QRY-E010] @Entity " + entity + " has no constructor the generated mapper can call;"
                + " add a non-private no-argument constructor, or a non-private constructor taking every column"
                + " in declaration order: (" + columns + ")";
    }

    public static String notReadable(String property, String getter, String type) {
        return "[QRY-E011] Column " + property + " is private and has no getter;"
                + " make the field non-private, or add a non-private " + type + " " + getter + "()";
    }

    public static String notWritable(String property, String why, String setter, String type) {
        return "[QRY-E012] Column " + property + " cannot be assigned (it is " + why + ") and has no setter;"
                + " make the field non-private and non-final, add a non-private void " + setter + "(" + type
                + "), or add a constructor taking every column in declaration order";
    }

    public static String generatedNotId(String property) {
        return "[QRY-E013] @GeneratedValue on " + property + ", which is not an @Id column;"
                + " only the primary key can be generated: add @Id or remove @GeneratedValue";
    }

    public static String generatedType(String property, String type) {
        return "[QRY-E014] @GeneratedValue on " + property + " of type " + type
                + "; a generated key must be int, long, Integer or Long";
    }

    public static String generatedComposite(String property, String entity) {
        return "[QRY-E015] @GeneratedValue on " + property + ", part of the composite key of " + entity
                + "; a composite key cannot be generated: remove @GeneratedValue or use a single @Id";
    }

    public static String nullablePrimitive(String property, String type, String boxed) {
        return "[QRY-E016] Column " + property + " is nullable but has primitive type " + type
                + ", which cannot hold null; declare it as " + boxed + ", or remove the nullable marker";
    }

    public static String lengthNotString(String property, String type) {
        return "[QRY-E017] @Column(length) on " + property + " of type " + type
                + "; length applies to String columns only: remove it";
    }

    public static String precisionNotDecimal(String property, String type) {
        return "[QRY-E018] @Column(precision, scale) on " + property + " of type " + type
                + "; precision and scale apply to BigDecimal columns only: remove them";
    }

    public static String scaleWithoutPrecision(String property, int scale) {
        return "[QRY-E019] @Column(scale = " + scale + ") on " + property + " needs a precision of at least "
                + scale + "; set precision (the total number of digits)";
    }

    public static String negativeSize(String member, int value, String property) {
        return "[QRY-E020] @Column(" + member + " = " + value + ") on " + property
                + " is negative; use a positive value, or leave it out for the default";
    }

    /** {@code suggestion} may be {@code null}. */
    public static String indexUnknownProperty(String entity, String name, String suggestion, String properties) {
        return "[QRY-E021] @Index on " + entity + " names " + name + ", which is not a column property"
                + (suggestion == null ? "" : "; did you mean " + suggestion + "?")
                + " The column properties are: " + properties;
    }

    public static String indexEmpty(String entity) {
        return "[QRY-E022] @Index on " + entity + " lists no columns; name at least one property";
    }

    public static String typeNameTaken(String generated, String entity) {
        return "[QRY-E023] Quarry generates " + generated + " for @Entity " + entity
                + ", but a type with that name already exists; rename or remove the existing type";
    }

    public static String memberNameTaken(String property, String member) {
        return "[QRY-E024] Property " + property + " clashes with the generated member " + member
                + "; rename the property (and keep the column name with @Column(name = \"...\"))";
    }

    public static String constantNameTaken(String entity, String constant, String user) {
        return "[QRY-E025] @Entity " + entity + " gets the table constant " + constant + ", which " + user
                + " already uses; rename the class";
    }

    public static String transientComponent(String property) {
        return "[QRY-E026] @Transient on record component " + property
                + "; every record component is a column (the canonical constructor needs it):"
                + " remove @Transient, or make the entity a class";
    }

    public static String foreignKeySetNullOnNotNull(String property) {
        return "[QRY-E027] @ForeignKey(onDelete = SET_NULL) on " + property + ", which is NOT NULL;"
                + " make the column nullable or choose another onDelete action";
    }

    public static String tooManyServerDefaults(String entity, int count) {
        return "[QRY-E028] @Entity " + entity + " has " + count + " columns with a server default;"
                + " at most 64 are supported";
    }

    public static String unresolvedType(String entity, String type) {
        return "[QRY-E029] @Entity " + entity + " was not processed because type " + type
                + " could not be resolved; fix the missing type (or the processor that should generate it)";
    }

    public static String lateEntity(String entity, String tables) {
        return "[QRY-E030] @Entity " + entity + " was generated after Quarry wrote " + tables
                + "; generate entities of a package in one round, or move this entity to another package";
    }

    public static String genericEntity(String entity) {
        return "[QRY-E031] @Entity " + entity + " declares type parameters; an entity must not be generic";
    }

    public static String nullableId(String property) {
        return "[QRY-E032] @Id column " + property + " is marked nullable; a primary key is never NULL:"
                + " remove the nullable marker";
    }

    public static String internalError(String element, String trace) {
        return "[QRY-E033] Quarry failed while processing " + element
                + "; this is a bug in Quarry, please report it with this trace:\n" + trace;
    }

    public static String writeFailed(String type, String reason) {
        return "[QRY-E034] Quarry could not write " + type + ": " + reason;
    }

    public static String repositoryNotInterface(String type) {
        return "[QRY-E035] @Repository " + type + " is not an interface; put @Repository on an interface"
                + " extending CrudRepository<E, K> or ReadRepository<E, K>";
    }

    public static String repositoryNoBase(String type) {
        return "[QRY-E036] @Repository " + type + " does not extend CrudRepository<E, K> or ReadRepository<E, K>;"
                + " extend one of them, naming the entity and its key type";
    }

    public static String repositoryNotEntity(String type, String entity) {
        return "[QRY-E037] @Repository " + type + " is for " + entity + ", which is not an @Entity;"
                + " name an @Entity class or record as the first type argument";
    }

    public static String repositoryKeyMismatch(String type, String key, String entity, String expected) {
        return "[QRY-E038] @Repository " + type + " declares key type " + key + ", but the key of " + entity
                + " is " + expected + "; use " + expected + " as the second type argument";
    }

    public static String notDerivedQuery(String method) {
        return "[QRY-E039] " + method + " is not a query Quarry can derive: start the name with find, get, query,"
                + " read, stream, count, exists or delete followed by By and the criteria (findByEmail),"
                + " annotate it with @Query, or make it a default method";
    }

    /** {@code suggestion} may be {@code null}. */
    public static String unknownProperty(String method, String property, String entity, String suggestion,
            java.util.List<String> properties) {
        return "[QRY-E040] " + method + ": no property '" + property + "' on " + entity
                + (suggestion != null ? "; did you mean '" + suggestion + "'?"
                        : "; its properties are " + String.join(", ", properties));
    }

    public static String emptyCriteria(String method) {
        return "[QRY-E041] " + method + " has an empty criterion after By, And or Or; name a property there";
    }

    public static String emptyOrderBy(String method) {
        return "[QRY-E042] " + method + " ends with OrderBy but names no property; add one, for example OrderByNameAsc";
    }

    public static String badLimit(String method, String digits) {
        return "[QRY-E043] " + method + " limits the result to " + digits + " rows; use First, Top or a positive"
                + " number such as Top10";
    }

    public static String unsupportedReturnType(String method, String type, String supported) {
        return "[QRY-E044] " + method + " returns " + type + ", which Quarry cannot produce here; return "
                + supported;
    }

    public static String wrongParameterCount(String method, int expected, int actual, String expectedList) {
        return "[QRY-E045] " + method + " takes " + actual + (actual == 1 ? " parameter" : " parameters")
                + " but its name needs " + expected + ": " + expectedList;
    }

    public static String wrongParameterType(String method, String parameter, String actual, String property,
            String expected) {
        return "[QRY-E046] " + method + ": parameter " + parameter + " has type " + actual + ", but property "
                + property + " needs " + expected + "; declare the parameter as " + expected;
    }

    public static String operatorNeedsType(String method, String property, String keyword, String type,
            String needed) {
        return "[QRY-E047] " + method + ": " + keyword + " needs a " + needed + " property, but " + property
                + " is " + type + "; compare it with another operator";
    }

    public static String deleteWithOrder(String method) {
        return "[QRY-E048] " + method + " deletes rows but has OrderBy, First, Top or Distinct, which do not"
                + " apply to a delete; remove them";
    }

    public static String repositoryAccess(String type, String why) {
        return "[QRY-E049] @Repository " + type + " is " + why + ", so its generated implementation cannot"
                + " implement it; make it a top-level or static nested interface that is not private, without"
                + " type parameters";
    }

    public static String ignoreCaseOnText(String method, String property, String type) {
        return "[QRY-E050] " + method + ": IgnoreCase applies to String properties, but " + property + " is "
                + type + "; remove IgnoreCase";
    }

    public static String pagedQueryNeedsRequest(String method, String type) {
        return "[QRY-E051] " + method + " returns " + type + ", so its last parameter must be a PageRequest;"
                + " add one (and no First/Top limit)";
    }

    public static String ignoreCaseOperator(String method, String property, String keyword) {
        return "[QRY-E052] " + method + ": IgnoreCase does not apply to " + keyword + " on " + property
                + "; use it with Is/Equals, Not, LessThan, GreaterThan or Between, or write the query with @Query"
                + " (for example lower(name) like lower(:pattern))";
    }

    public static String repositoryUnresolved(String repository, String type) {
        return "[QRY-E053] @Repository " + repository + " was not processed because type " + type
                + " of its entity could not be resolved; fix the missing type";
    }

    public static String querySyntax(String method, String detail) {
        return "[QRY-E054] @Query on " + method + " is not SQL Quarry can parse (" + detail
                + "); fix the statement, using :name placeholders for the method's parameters";
    }

    /** {@code suggestion} may be {@code null}. */
    public static String queryUnknownTable(String method, String table, String suggestion,
            java.util.List<String> tables) {
        return "[QRY-E055] @Query on " + method + " names table " + table + ", which no @Entity maps"
                + (suggestion != null ? "; did you mean " + suggestion + "?" : "")
                + " (the entities' tables are " + String.join(", ", tables) + ")";
    }

    /** {@code suggestion} may be {@code null}. */
    public static String queryUnknownColumn(String method, String column, String tables, String suggestion,
            java.util.List<String> columns) {
        return "[QRY-E056] @Query on " + method + " names column " + column + ", which " + tables + " does not have"
                + (suggestion != null ? "; did you mean " + suggestion + "?" : "")
                + " (its columns are " + String.join(", ", columns) + ")";
    }

    public static String queryMissingParameter(String method, String placeholder) {
        return "[QRY-E057] @Query on " + method + " uses :" + placeholder + ", but " + method
                + " has no parameter named " + placeholder + "; add the parameter or rename the placeholder";
    }

    public static String queryUnusedParameter(String method, String parameter) {
        return "[QRY-E058] " + method + ": parameter " + parameter + " is not used by its @Query;"
                + " refer to it as :" + parameter + " or remove it";
    }

    public static String queryParameterType(String method, String parameter, String type, String supported) {
        return "[QRY-E059] " + method + ": parameter " + parameter + " has type " + type
                + ", which Quarry cannot bind; use one of " + supported;
    }

    public static String queryReturnType(String method, String type, String shape, String supported) {
        return "[QRY-E060] @Query on " + method + " " + shape + ", so it cannot return " + type + "; return "
                + supported;
    }

    public static String queryModifying(String method, boolean modifying) {
        return modifying
                ? "[QRY-E061] " + method + " is @Modifying, but its @Query is a SELECT; remove @Modifying"
                : "[QRY-E061] @Query on " + method + " changes rows; annotate the method with @Modifying and"
                        + " return void, int or long";
    }

    public static String queryColumnType(String method, String type, String column, String columnType) {
        return "[QRY-E062] @Query on " + method + " selects column " + column + " of type " + columnType
                + ", but the method returns " + type + "; return " + columnType + " (or Optional, List or Stream of it)";
    }


    public static String queryParameterColumnType(String method, String parameter, String type, String column,
            String columnType) {
        return "[QRY-E063] " + method + ": parameter " + parameter + " has type " + type + ", but its @Query uses it"
                + " with column " + column + " of type " + columnType + "; declare the parameter as " + columnType;
    }

    /** {@code suggestion} may be {@code null}. */
    public static String projectionUnknownProperty(String method, String record, String component, String entity,
            String suggestion, java.util.List<String> properties) {
        return "[QRY-E064] " + method + " returns record " + record + ", whose component '" + component
                + "' is not a property of " + entity
                + (suggestion != null ? "; did you mean '" + suggestion + "'?"
                        : "; a projection's components name properties of " + entity + ": "
                                + String.join(", ", properties));
    }

    public static String projectionComponentType(String method, String record, String component, String type,
            String entity, String propertyType) {
        return "[QRY-E065] " + method + " returns record " + record + ", whose component " + component + " has type "
                + type + ", but property " + component + " of " + entity + " is " + propertyType
                + "; declare the component as " + propertyType;
    }

    public static String projectionArity(String method, String record, int components, int max) {
        return "[QRY-E066] " + method + " returns record " + record + " with " + components
                + (components == 1 ? " component" : " components") + "; a projection reads 1 to " + max
                + " properties: declare a smaller record, or return the entity";
    }

    public static String distinctProjectionPage(String method) {
        return "[QRY-E067] " + method + " returns a Page of a Distinct projection, whose total Quarry cannot count"
                + " from the entity's rows; return a Slice (no total), or remove Distinct";
    }

    public static String distinctProjectionOrder(String method, String property, String record) {
        return "[QRY-E068] " + method + " orders a Distinct projection by " + property + ", which is not a component"
                + " of " + record + " (SELECT DISTINCT can only order by what it selects); add a component " + property
                + " to the record, or order by one of its components";
    }

    /** {@code suggestion} may be {@code null}. */
    public static String queryRecordMissingItem(String method, String record, String component, String column,
            String suggestion, java.util.List<String> items) {
        return "[QRY-E069] @Query on " + method + " returns record " + record + ", whose component " + component
                + " matches no item of the select list"
                + (suggestion != null ? "; did you mean '" + suggestion + "'? Or"
                        : " (" + String.join(", ", items) + ");")
                + " select a column " + column + ", or name an expression with 'as " + column + "'";
    }

    /** {@code name} is {@code null} for an expression without an alias. */
    public static String queryRecordExtraItem(String method, String record, String item, String name,
            java.util.List<String> components) {
        String head = "[QRY-E070] @Query on " + method + " returns record " + record + ", but its select list item ";
        String list = components.isEmpty() ? "none" : String.join(", ", components);
        return name == null
                ? head + item + " has no name, so it matches no component; name it with 'as <component>'"
                        + " (components: " + list + ")"
                : head + item + " matches no component (" + list + "); add a component " + name
                        + " to the record, or remove the item";
    }

    public static String queryRecordComponentType(String method, String record, String component, String type,
            String column, String columnType) {
        return "[QRY-E071] @Query on " + method + " returns record " + record + ", whose component " + component
                + " has type " + type + ", but it reads column " + column + " of type " + columnType
                + "; declare the component as " + columnType;
    }

    public static String queryRecordStar(String method, String record, java.util.List<String> columns) {
        return "[QRY-E072] @Query on " + method + " selects * into record " + record + ", whose components Quarry"
                + " matches to the select list by name; list the columns instead: select " + String.join(", ", columns)
                + " from ...";
    }

    /** {@code replacement} may be {@code null}. */
    public static String queryRecordComponentUnsupported(String method, String record, String component,
            String type, String replacement, String supported) {
        return "[QRY-E073] @Query on " + method + " returns record " + record + ", whose component " + component
                + " has type " + type + ", which Quarry cannot read from a column; declare it as "
                + (replacement != null ? replacement : "one of " + supported);
    }

    /** {@code annotations}: "@ManyToOne and @OneToOne". */
    public static String relationshipAnnotations(String property, String annotations) {
        return "[QRY-E074] Property " + property + " has " + annotations + ", but a relationship has one kind;"
                + " keep the one annotation that describes it";
    }

    /** {@code other}: "@Id", "@Column", "@ForeignKey", "@GeneratedValue" or "@Transient". */
    public static String relationshipWithColumnAnnotation(String annotation, String property, String other) {
        String fix = switch (other) {
            case "@ForeignKey" -> "put @ForeignKey on the column property that holds the key"
                    + " (and name that property in joinColumn)";
            case "@Transient" -> "remove @Transient to map the relationship, or " + annotation
                    + " to leave the field unmapped";
            default -> "remove " + other;
        };
        return "[QRY-E075] " + annotation + " on " + property + " cannot be combined with " + other
                + ": a relationship is not a column; " + fix;
    }

    public static String toOneNotRef(String annotation, String property, String type, String target) {
        return "[QRY-E076] " + annotation + " on " + property + " has type " + type
                + ", but a to-one relationship is a dev.quarry.relation.Ref, loaded on request; declare it as Ref<"
                + target + "> " + property;
    }

    public static String toManyNotListOrSet(String annotation, String property, String type, String target) {
        return "[QRY-E077] " + annotation + " on " + property + " has type " + type
                + ", but a to-many relationship is a java.util.List or java.util.Set; declare it as List<" + target
                + "> " + property + " or Set<" + target + "> " + property;
    }

    /** {@code role}: "target" or "joinEntity". */
    public static String relationshipNotEntity(String annotation, String property, String role, String type) {
        return "[QRY-E078] " + annotation + " on " + property + ": its " + role + " " + type
                + " is not an @Entity; " + (role.equals("joinEntity")
                        ? "name an @Entity with a @ForeignKey to each side, or leave joinEntity out to let Quarry"
                                + " generate the join table"
                        : "relate to an @Entity class or record");
    }

    public static String relationshipKey(String annotation, String property, String entity, int keyColumns) {
        return "[QRY-E079] " + annotation + " on " + property + " involves " + entity + ", whose primary key has "
                + keyColumns + " columns, but relationships need a single-column key on both sides; give " + entity
                + " a single @Id (and keep the other key as a unique @Index), or link the rows with plain"
                + " @ForeignKey columns";
    }

    /** {@code first} and {@code second}: members of {@code annotation} that exclude each other. */
    public static String conflictingMembers(String annotation, String property, String first, String second) {
        String fix;
        if (first.equals("mappedBy") || second.equals("mappedBy")) {
            String other = first.equals("mappedBy") ? second : first;
            fix = annotation.equals("@OneToOne")
                    ? "the owning side names its foreign key in joinColumn, the inverse side names the owning"
                            + " property in mappedBy: keep one"
                    : "the inverse side uses the owning side's join table: remove " + other
                            + " (or remove mappedBy to make this the owning side)";
        } else {
            fix = "a join table is either generated (joinTable) or an existing entity (joinEntity): keep one";
        }
        return "[QRY-E080] " + annotation + " on " + property + " sets both " + first + " and " + second + "; " + fix;
    }

    public static String mappedByUnknown(String annotation, String property, String mappedBy, String target,
            java.util.List<String> relationships) {
        return "[QRY-E081] " + annotation + "(mappedBy = \"" + mappedBy + "\") on " + property + ": " + target
                + " has no property " + mappedBy + "; name the relationship of " + target + " that owns this link"
                + (relationships.isEmpty()
                        ? " (" + target + " declares none yet: add it there first)"
                        : " (its relationships: " + String.join(", ", relationships) + ")");
    }

    /** {@code actual}: "a column", "a @ManyToMany Set<Tag>", ...; {@code expected}: what mappedBy must name. */
    public static String mappedByMismatch(String annotation, String property, String mappedBy, String target,
            String actual, String expected) {
        return "[QRY-E082] " + annotation + "(mappedBy = \"" + mappedBy + "\") on " + property + " names "
                + target + "." + mappedBy + ", which is " + actual + "; mappedBy must name " + expected;
    }

    public static String mappedByOwnerInvalid(String annotation, String property, String mappedBy, String target) {
        return "[QRY-E083] " + annotation + "(mappedBy = \"" + mappedBy + "\") on " + property
                + ": the owning side " + target + "." + mappedBy + " has no usable foreign key or join table"
                + " (see the error reported there); fix the owning side";
    }

    /** {@code member}: "joinColumn" or "inverseJoinColumn"; {@code owner}: the entity whose property it names. */
    public static String joinColumnUnknown(String annotation, String property, String member, String value,
            String owner, String target, java.util.List<String> candidates) {
        return "[QRY-E084] " + annotation + "(" + member + " = \"" + value + "\") on " + property + ": " + owner
                + " has no column property " + value + "; name the property holding the @ForeignKey(" + target
                + ".class)" + (candidates.isEmpty()
                        ? ", after adding one to " + owner
                        : ": " + String.join(", ", candidates));
    }

    /** {@code why}: "has no @ForeignKey" or "is a @ForeignKey to Group". */
    public static String joinColumnNotForeignKey(String annotation, String property, String member, String value,
            String owner, String target, String why) {
        return "[QRY-E085] " + annotation + "(" + member + " = \"" + value + "\") on " + property + " names "
                + owner + "." + value + ", which " + why + "; annotate it with @ForeignKey(" + target
                + ".class), or name the property that holds the key of " + target;
    }

    /** {@code example}: a declaration to add, such as "@ForeignKey(User.class) long authorId". */
    public static String noForeignKey(String annotation, String property, String owner, String target,
            String example) {
        return "[QRY-E086] " + annotation + " on " + property + " needs a foreign key to " + target + ", but " + owner
                + " has no @ForeignKey(" + target + ".class) property; add one, for example " + example;
    }

    public static String ambiguousForeignKey(String annotation, String property, String owner, String target,
            java.util.List<String> candidates, String member) {
        return "[QRY-E087] " + annotation + " on " + property + " cannot tell which foreign key to use: " + owner
                + " has several @ForeignKey(" + target + ".class) properties (" + String.join(", ", candidates)
                + "); name one with " + member + " = \"...\"";
    }

    public static String joinColumnsEqual(String property, String column) {
        return "[QRY-E088] @ManyToMany on " + property + " uses " + column + " as both joinColumn and"
                + " inverseJoinColumn, but the join table needs one column per side; name them apart with joinColumn"
                + " and inverseJoinColumn";
    }

    public static String relationshipNotReadable(String property, String getter, String type) {
        return "[QRY-E089] Relationship " + property + " is private and has no getter, so the generated metamodel"
                + " cannot read it; make the field non-private, or add a non-private " + type + " " + getter + "()";
    }

    public static String relationshipNotWritable(String property, String why, String setter, String type) {
        return "[QRY-E090] Relationship " + property + " cannot be assigned (it is " + why + ") and has no setter,"
                + " so the generated mapper cannot set its holder; make the field non-private and non-final, or add"
                + " a non-private void " + setter + "(" + type + ")";
    }

    /** {@code user}: "table post_tags of Post" or "tags of Post". */
    public static String joinTableTaken(String property, String joinTable, String user) {
        return "[QRY-E091] @ManyToMany on " + property + " generates join table " + joinTable + ", but " + user
                + " already has that name; name the join table apart with joinTable = \"...\"";
    }

    /** {@code declaration}: the relationship to declare, such as "@ManyToOne Ref<User> author". */
    public static String relationshipNotAnnotated(String property, String type, String declaration) {
        return "[QRY-E092] Column " + property + " has type " + type + ", which refers to an @Entity and is not a"
                + " column; map it as a relationship, " + declaration + ", or leave the field out with @Transient";
    }

    /**
     * {@code owner}: the entity declaring the owning {@code @OneToOne} (it holds the foreign key);
     * {@code cascades}: the {@code Cascade} constants it names.
     */
    public static String cascadeOnOwningOneToOne(String property, String owner, String target,
            java.util.List<String> cascades) {
        String written = cascades.size() == 1 ? "Cascade." + cascades.get(0)
                : "{Cascade." + String.join(", Cascade.", cascades) + "}";
        return "[QRY-E093] @OneToOne on " + property + " sets cascade, but it is the owning side (" + owner
                + " holds the foreign key) and a cascade belongs on the side whose rows are referenced; remove"
                + " cascade here and declare it on the inverse side in " + target + ": @OneToOne(mappedBy = \""
                + property + "\", cascade = " + written + ") Ref<" + owner + ">";
    }

    /** {@code foreignKey}: the property holding the foreign key, such as "userId". */
    public static String oneToOneForeignKeyNotUnique(String property, String owner, String foreignKey,
            String target) {
        return "[QRY-E094] @OneToOne on " + property + " uses foreign key " + owner + "." + foreignKey
                + ", which is not unique: several " + owner + " rows could reference one " + target
                + ", and the link would be many-to-one; declare " + foreignKey + " with @Column(unique = true)"
                + " (or a unique @Index over it alone), or map " + property + " as @ManyToOne";
    }

    public static String serverDefaultOnPrimitive(String property, String type, String boxed) {
        return "[QRY-W001] @Column(serverDefault) on " + property + " never applies: "
                + (type.startsWith("int") ? "an " : "a ") + type
                + " is never null, so its value is always inserted; declare it as " + boxed
                + " to let the database default apply" + SUPPRESS;
    }

    public static String uniqueAndIndex(String property) {
        return "[QRY-W002] @Column(index = true) on " + property
                + " is redundant: unique = true already creates an index; remove index = true" + SUPPRESS;
    }

    public static String inheritedField(String entity, String field, String superclass) {
        return "[QRY-W003] @Entity " + entity + " inherits field " + field + " from " + superclass
                + ", which is not a column: only fields declared on the entity are mapped; to map it, move " + field
                + " into " + entity + SUPPRESS;
    }

    /** {@code expected}: how to declare the option, such as "Load<User, ?>". */
    public static String loadOptionOfAnotherEntity(String method, String parameter, String type, String entity,
            String expected) {
        return "[QRY-E100] " + method + ": load option " + parameter + " has type " + type + ", but " + method
                + " returns " + entity + " entities, where every load path starts; declare it as " + expected;
    }

    public static String loadOptionWithoutEntities(String method, String parameter, String type, String entity) {
        return "[QRY-E101] " + method + " takes load option " + parameter + " but returns " + type
                + "; load options fill the relationships of entities a finder has read in full, so they apply to"
                + " finders returning " + entity + ", Optional<" + entity + ">, List<" + entity + ">, Page<" + entity
                + "> or Slice<" + entity + "> (not to a count, exists or delete, a Stream, which hands out rows as"
                + " they are read, or a record projection); return one of those, or remove the parameter";
    }

    /** {@code constant}: the entity's table constant, such as "USER". */
    public static String queryLoadOption(String method, String parameter, String entity, String constant) {
        return "[QRY-E102] @Query on " + method + " takes load option " + parameter + ", but hand-written SQL does"
                + " not load relationships; use a derived finder (such as findByName(String name, Load<" + entity
                + ", ?> " + parameter + ")) or a default method with the DSL: database().select(" + constant
                + ").where(...).load(" + parameter + ").fetch()";
    }

    /**
     * {@code member}: "selectIn" or "joined"; {@code suggestion} may be {@code null};
     * {@code relationships}: those of {@code entity}, in declaration order.
     */
    public static String loadWithUnknownRelationship(String method, String member, String path, String segment,
            String entity, String suggestion, java.util.List<String> relationships) {
        return "[QRY-E103] @LoadWith(" + member + " = \"" + path + "\") on " + method + ": " + entity
                + " has no relationship '" + segment + "'"
                + (suggestion != null ? "; did you mean '" + suggestion + "'? " : "; ")
                + (relationships.isEmpty()
                        ? entity + " has no relationships, so the path must end before it"
                        : (suggestion != null ? "The" : "the") + " relationships of " + entity + " are "
                                + String.join(", ", relationships));
    }

    /** {@code relation}: "Article.labels"; {@code example}: the path as a load option, such as "joined(...)". */
    public static String loadWithJoinedManyToMany(String method, String path, String relation, String example) {
        return "[QRY-E104] @LoadWith(joined = \"" + path + "\") on " + method + " goes through " + relation
                + ", a many-to-many, which a join cannot load (it would repeat the rows above it once per join"
                + " row); use selectIn for many-to-many: @LoadWith(selectIn = \"" + path + "\"), or, to keep the"
                + " levels above it joined, take a load option parameter such as " + example;
    }

    /**
     * {@code relationship}: the first relationship both paths name, such as "posts";
     * {@code example}: one option loading both paths, such as "selectIn(USER.posts).thenJoined(POST.author)".
     */
    public static String loadWithBothStrategies(String method, String relationship, String selectIn, String joined,
            String example) {
        return "[QRY-E105] @LoadWith on " + method + " lists relationship '" + relationship + "' under both"
                + " selectIn (\"" + selectIn + "\") and joined (\"" + joined + "\"): every level of a path takes"
                + " the strategy of its list, so '" + relationship + "' would be loaded twice, in different ways;"
                + " keep the paths starting with '" + relationship + "' in one list, or, to mix strategies along a"
                + " path, take a load option parameter such as " + example;
    }

    public static String loadWithWithoutEntities(String method, String type, String entity) {
        return "[QRY-E106] @LoadWith on " + method + ", which returns " + type + "; @LoadWith fills the"
                + " relationships of entities a finder has read in full, so it applies to finders returning " + entity
                + ", Optional<" + entity + ">, List<" + entity + ">, Page<" + entity + "> or Slice<" + entity
                + "> (not to a count, exists or delete, a Stream, which hands out rows as they are read, or a record"
                + " projection); return one of those, or remove @LoadWith";
    }

    /** {@code constant}: the entity's table constant, such as "USER". */
    public static String queryLoadWith(String method, String entity, String constant) {
        return "[QRY-E107] @LoadWith on @Query method " + method + ", but hand-written SQL does not load"
                + " relationships; use a derived finder (such as @LoadWith(selectIn = \"...\") List<" + entity
                + "> findByName(String name)) or a default method with the DSL: database().select(" + constant
                + ").where(...).load(selectIn(...)).fetch()";
    }

    /** {@code what}: "a default method", ...; {@code fix}: what to do instead. */
    public static String loadWithNotGenerated(String method, String what, String fix) {
        return "[QRY-E108] @LoadWith on " + method + " has no effect: " + method + " is " + what
                + ", which Quarry does not generate from its name; " + fix;
    }

    public static String emptyLoadWith(String method) {
        return "[QRY-W004] @LoadWith on " + method + " names no path, so it loads nothing; name relationship paths"
                + " in selectIn or joined (@LoadWith(selectIn = \"posts\")), or remove it" + SUPPRESS;
    }

    /** {@code parameters}: the declared parameter types, such as "String"; {@code parameter}: a name for the entity. */
    public static String upsertSignature(String method, String parameters, String returnType, String entity,
            String parameter) {
        return "[QRY-E109] " + method + " takes (" + parameters + ") and returns " + returnType + ", but an upsert"
                + " takes the entity to insert or update with and returns the row as stored; declare it as " + entity
                + " " + method + "(" + entity + " " + parameter + ")";
    }

    /**
     * {@code properties}: the properties the name lists; {@code constraints}: the upsert method
     * name of each unique constraint of {@code entity}, such as "upsertByEmail".
     */
    public static String upsertNotUnique(String method, java.util.List<String> properties, String entity,
            java.util.List<String> constraints) {
        return "[QRY-E110] " + method + ": (" + String.join(", ", properties) + ") is not a unique constraint of "
                + entity + ", so an insert cannot conflict on it; "
                + (constraints.isEmpty()
                        ? entity + " has no unique constraint besides its primary key: declare one with"
                        : "name the properties of one of " + entity + "'s unique constraints ("
                                + String.join(", ", constraints) + "), or declare one with")
                + " @Column(unique = true) or @Index(columns = {...}, unique = true); to insert or update on the"
                + " primary key, call upsert(entity)";
    }

    /** {@code crud}: the base to extend instead, such as "CrudRepository<User, Long>". */
    public static String upsertOnReadRepository(String method, String repository, String crud) {
        return "[QRY-E111] " + method + " writes rows, but @Repository " + repository + " extends ReadRepository,"
                + " which only reads; extend " + crud + ", or remove " + method;
    }

    /** {@code type}: the parameter's declared type, such as "java.util.List<java.lang.Long>". */
    public static String queryCollectionOutsideIn(String method, String parameter, String type) {
        return "[QRY-E112] " + method + ": parameter " + parameter + " has type " + type + ", a collection, but its"
                + " @Query uses :" + parameter + " other than as the whole list of an IN; a collection parameter may"
                + " only stand alone in the parentheses of an IN or NOT IN, as in column in (:" + parameter + ") or"
                + " column not in (:" + parameter + "), where Quarry expands it into one value per element";
    }

    /** {@code suggested}: the collection type to declare instead, such as "java.util.List<java.lang.Integer>". */
    public static String queryCollectionColumnType(String method, String parameter, String type, String column,
            String columnType, String suggested) {
        return "[QRY-E113] " + method + ": parameter " + parameter + " has type " + type + ", but its @Query"
                + " compares its elements with column " + column + " of type " + columnType
                + "; declare the parameter as " + suggested;
    }

    public static String queryCollectionType(String method, String parameter, String type, String supported) {
        return "[QRY-E114] " + method + ": parameter " + parameter + " has type " + type + ", which Quarry cannot"
                + " bind as a list of values; declare it as Collection<T>, List<T> or Set<T> with T one of "
                + supported;
    }

    public static String versionType(String property, String type) {
        return "[QRY-E115] @Version on " + property + " of type " + type
                + "; a version column must be int, long, Integer or Long";
    }

    public static String versionOnId(String property, String entity) {
        return "[QRY-E116] @Version on " + property + ", the @Id of " + entity + "; the key identifies the row and"
                + " never changes: put @Version on a separate int or long column";
    }

    public static String versionTwice(String entity, String property, String first) {
        return "[QRY-E117] @Version on " + property + ", but " + entity + " already has the @Version column " + first
                + "; an entity has at most one version column: remove @Version from one of them";
    }

    /** {@code annotation}: "@CreatedAt" or "@UpdatedAt". */
    public static String timestampType(String annotation, String property, String type) {
        return "[QRY-E118] " + annotation + " on " + property + " of type " + type
                + "; a timestamp column must be java.time.Instant, java.time.OffsetDateTime or java.time.LocalDateTime";
    }

    /** {@code annotation}: "@CreatedAt" or "@UpdatedAt". */
    public static String timestampOnId(String annotation, String property, String entity) {
        return "[QRY-E119] " + annotation + " on " + property + ", the @Id of " + entity + "; the key identifies the"
                + " row and never changes: put " + annotation + " on a separate java.time.Instant column";
    }

    /** {@code annotation}: "@CreatedAt" or "@UpdatedAt". */
    public static String timestampTwice(String annotation, String entity, String property, String first) {
        return "[QRY-E120] " + annotation + " on " + property + ", but " + entity + " already has the " + annotation
                + " column " + first + "; an entity has at most one: remove " + annotation + " from one of them";
    }

    public static String timestampBoth(String property) {
        return "[QRY-E121] @CreatedAt and @UpdatedAt both on " + property + "; the creation time is written once and"
                + " the update time on every update: give each its own column";
    }
}

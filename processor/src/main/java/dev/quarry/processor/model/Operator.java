package dev.quarry.processor.model;

import java.util.List;

/** The comparison of one criterion of a derived query, as its keyword in the method name says. */
public enum Operator {
    EQUALS(1, "IsEquals", "Equals", "Is"),
    NOT_EQUALS(1, "IsNot", "Not"),
    LESS_THAN(1, "IsLessThan", "LessThan"),
    LESS_THAN_EQUAL(1, "IsLessThanEqual", "LessThanEqual"),
    GREATER_THAN(1, "IsGreaterThan", "GreaterThan"),
    GREATER_THAN_EQUAL(1, "IsGreaterThanEqual", "GreaterThanEqual"),
    BETWEEN(2, "IsBetween", "Between"),
    IS_NULL(0, "IsNull", "Null"),
    IS_NOT_NULL(0, "IsNotNull", "NotNull"),
    LIKE(1, "IsLike", "Like"),
    NOT_LIKE(1, "IsNotLike", "NotLike"),
    STARTING_WITH(1, "IsStartingWith", "StartingWith", "StartsWith"),
    ENDING_WITH(1, "IsEndingWith", "EndingWith", "EndsWith"),
    CONTAINING(1, "IsContaining", "Containing", "Contains"),
    IN(1, "IsIn", "In"),
    NOT_IN(1, "IsNotIn", "NotIn"),
    TRUE(0, "IsTrue", "True"),
    FALSE(0, "IsFalse", "False");

    private final int parameters;
    private final List<String> keywords;

    Operator(int parameters, String... keywords) {
        this.parameters = parameters;
        this.keywords = List.of(keywords);
    }

    /** How many method parameters the criterion takes. */
    public int parameters() {
        return parameters;
    }

    /** The keywords that name this operator at the end of a criterion. */
    public List<String> keywords() {
        return keywords;
    }

    /** Whether the property must be a {@code String}. */
    public boolean needsText() {
        return this == LIKE || this == NOT_LIKE || this == STARTING_WITH || this == ENDING_WITH || this == CONTAINING;
    }

    /** Whether the property must be a {@code boolean}. */
    public boolean needsBoolean() {
        return this == TRUE || this == FALSE;
    }

    /** Whether {@code IgnoreCase} can apply: comparisons of lower-cased text for (in)equality and order. */
    public boolean ignoresCase() {
        return this == EQUALS || this == NOT_EQUALS || this == LESS_THAN || this == LESS_THAN_EQUAL
                || this == GREATER_THAN || this == GREATER_THAN_EQUAL || this == BETWEEN;
    }

    /** Whether the parameter is a collection of the property's values. */
    public boolean takesCollection() {
        return this == IN || this == NOT_IN;
    }
}

package dev.quarry.processor.model;

/** How the generated mapper creates an entity. */
public enum Instantiation {
    /** {@code new User()}, then every column assigned through its field or setter. */
    NO_ARG_CONSTRUCTOR,
    /** {@code new User(id, name, ...)}: a record's canonical constructor or a class's all-columns constructor. */
    ALL_COLUMNS_CONSTRUCTOR
}

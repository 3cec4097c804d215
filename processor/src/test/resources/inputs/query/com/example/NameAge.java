package com.example;

/** A row of a {@code @Query} read into a record by component name. */
public record NameAge(String name, int age) {
}

package dev.quarry.processor.validation;

import dev.quarry.processor.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The immutable outcome of validating one type: every problem found, each with the most
 * specific location known. Built with {@link #builder()}, printed with {@link #printTo}.
 *
 * @param items the problems, in the order they were found
 */
public record ValidationReport(List<Item> items) {

    /** One problem. */
    public record Item(boolean error, String message, Element element, AnnotationMirror annotation,
            AnnotationValue value) {
    }

    public ValidationReport {
        items = List.copyOf(items);
    }

    /** Whether the report holds no error (warnings allowed). */
    public boolean isClean() {
        return items.stream().noneMatch(Item::error);
    }

    /** Reports every item. */
    public void printTo(Diagnostics diagnostics) {
        for (Item item : items) {
            if (item.error()) {
                diagnostics.error(item.message(), item.element(), item.annotation(), item.value());
            } else {
                diagnostics.warning(item.message(), item.element(), item.annotation(), item.value());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the items of one report. */
    public static final class Builder {
        private final List<Item> items = new ArrayList<>();

        private Builder() {
        }

        public Builder error(String message, Element element) {
            return error(message, element, null, null);
        }

        public Builder error(String message, Element element, AnnotationMirror annotation) {
            return error(message, element, annotation, null);
        }

        public Builder error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
            items.add(new Item(true, message, element, annotation, value));
            return this;
        }

        public Builder warning(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
            items.add(new Item(false, message, element, annotation, value));
            return this;
        }

        /** Whether an error has been added so far. */
        public boolean hasErrors() {
            return items.stream().anyMatch(Item::error);
        }

        public ValidationReport build() {
            return new ValidationReport(items);
        }
    }
}

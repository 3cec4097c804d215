package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Conditions joined by {@code AND} or {@code OR}. Operands of the same kind are flattened, and
 * an operand of the other kind is parenthesized, so the SQL reads as the Java does.
 */
final class Junction<S> extends AbstractCondition<S> {
    enum Kind {
        AND(" AND "), OR(" OR ");

        private final String separator;

        Kind(String separator) {
            this.separator = separator;
        }
    }

    private final Kind kind;
    private final List<AbstractCondition<S>> operands;

    private Junction(Kind kind, List<AbstractCondition<S>> operands) {
        this.kind = kind;
        this.operands = List.copyOf(operands);
    }

    static <S> Junction<S> of(Kind kind, AbstractCondition<S> left, AbstractCondition<S> right) {
        List<AbstractCondition<S>> operands = new ArrayList<>();
        add(kind, left, operands);
        add(kind, right, operands);
        return new Junction<>(kind, operands);
    }

    private static <S> void add(Kind kind, AbstractCondition<S> operand, List<AbstractCondition<S>> operands) {
        if (operand instanceof Junction<S> junction && junction.kind == kind) {
            operands.addAll(junction.operands);
        } else {
            operands.add(operand);
        }
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                sql.append(kind.separator);
            }
            AbstractCondition<S> operand = operands.get(i);
            boolean parenthesize = operand instanceof Junction;
            if (parenthesize) {
                sql.append("(");
            }
            operand.renderTo(sql);
            if (parenthesize) {
                sql.append(")");
            }
        }
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        for (AbstractCondition<S> operand : operands) {
            operand.tables(out);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (AbstractCondition<S> operand : operands) {
            if (text.length() > 0) {
                text.append(kind.separator.toLowerCase(Locale.ROOT));
            }
            text.append('(').append(operand).append(')');
        }
        return text.toString();
    }
}

package com.example.events;

import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import java.sql.SQLException;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Maps {@link Account} to and from rows of {@code account}; used through {@link Account_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class Account_Mapper implements EntityMapper<Account, String> {
    static final Account_Mapper INSTANCE = new Account_Mapper();

    private Account_Mapper() {
    }

    @Override
    public Class<Account> entityClass() {
        return Account.class;
    }

    @Override
    public Account read(RowReader row, int first) throws SQLException {
        return new Account(
                row.getString(first),
                row.getInt(first + 1));
    }

    @Override
    public long omittedDefaults(Account entity) {
        long omitted = 0L;
        if (entity.getCredit() == null) {
            omitted |= 1L;
        }
        return omitted;
    }

    @Override
    public int bindInsert(Account entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setString(index++, entity.getCode());
        if ((omitted & 1L) == 0L) {
            params.setIntOrNull(index++, entity.getCredit());
        }
        return index;
    }

    @Override
    public Account withReturned(Account entity, long omitted, RowReader row) throws SQLException {
        int index = 1;
        Integer credit = entity.getCredit();
        if ((omitted & 1L) != 0L) {
            credit = row.getInt(index++);
        }
        return new Account(
                entity.getCode(),
                credit);
    }

    @Override
    public String key(Account entity) {
        return entity.getCode();
    }

    @Override
    public int bindKey(String key, ParameterBinder params, int first) throws SQLException {
        params.setString(first, key);
        return first + 1;
    }

    @Override
    public Account withColumn(Account entity, int column, Object value) {
        return switch (column) {
            case 0 -> new Account((String) value, entity.getCredit());
            case 1 -> new Account(entity.getCode(), (Integer) value);
            default -> throw new IndexOutOfBoundsException("Account has 2 columns, not " + column);
        };
    }

    @Override
    public Object[] snapshot(Account entity) {
        return new Object[] {entity.getCode(), entity.getCredit()};
    }

    @Override
    public long changedColumns(Account entity, Object[] snapshot) {
        long changed = 0L;
        if (!Objects.equals(entity.getCode(), snapshot[0])) {
            changed |= 1L;
        }
        if (!Objects.equals(entity.getCredit(), snapshot[1])) {
            changed |= 2L;
        }
        return changed;
    }
}

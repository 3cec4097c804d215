package com.example.repositories;

// tag::imports[]
import static com.example.blog.User_.USER;

import com.example.blog.User;
import com.example.blog.UserStatus;
import dev.quarry.Database;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
// end::imports[]

/** Derived finders, paging, counts and projections. */
public final class Finding {
    private Finding() {
    }

    // tag::finders[]
    public static List<String> finders(Database db) {
        UserRepository users = new UserRepository_Impl(db);
        User ada = users.getByEmailIgnoreCase("ADA@example.com");
        List<User> withAc = users.findByNameContainingOrderByNameAsc("ac");        // Grace
        List<User> thirties = users.findByAgeBetweenAndStatusOrderByAgeAsc(30, 45, UserStatus.ACTIVE);
        List<User> oldest = users.findTop2ByOrderByAgeDesc();                       // Grace, Alan
        try (Stream<User> over40 = users.streamByAgeGreaterThanOrderByAgeAsc(40)) {
            return List.of(ada.name(), names(withAc), names(thirties), names(oldest), names(over40.toList()),
                    names(users.findByStatusInOrderByNameAsc(Set.of(UserStatus.SUSPENDED))));
        }
    }
    // end::finders[]

    // tag::paging[]
    public static String pages(Database db) {
        UserRepository users = new UserRepository_Impl(db);
        Page<User> first = users.findByStatusOrderByNameAsc(UserStatus.ACTIVE, PageRequest.of(0, 2));
        Page<User> second = users.findByStatusOrderByNameAsc(UserStatus.ACTIVE, first.request().next());
        Slice<User> slice = users.findByAgeGreaterThanOrderByNameAsc(30, PageRequest.of(0, 2));
        return names(first.content()) + " of " + first.totalElements() + " in " + first.totalPages() + " pages, "
                + names(second.content()) + " hasNext=" + second.hasNext() + "; slice "
                + names(slice.content()) + " hasNext=" + slice.hasNext();
    }
    // end::paging[]

    // tag::counts[]
    public static String countsAndDeletes(Database db) {
        UserRepository users = new UserRepository_Impl(db);
        long active = users.countByStatus(UserStatus.ACTIVE);
        boolean known = users.existsByEmail("grace@example.com");
        db.update(USER).set(USER.status, UserStatus.SUSPENDED).where(USER.name.eq("Grace")).execute();
        int deleted = users.deleteByStatus(UserStatus.SUSPENDED);
        return active + " active, grace known: " + known + ", deleted " + deleted + ", left " + users.count();
    }
    // end::counts[]

    // tag::projections[]
    public static List<String> projections(Database db) {
        UserSummaries summaries = new UserSummaries_Impl(db);
        List<UserSummaries.NameAge> over40 = summaries.findByAgeGreaterThanOrderByAgeAsc(40);
        String email = summaries.findByName("Ada").map(UserSummaries.Email::email).orElse("?");
        Page<UserSummaries.NameAge> page = summaries.findByStatusOrderByNameAsc(UserStatus.ACTIVE, PageRequest.of(0, 2));
        Slice<UserSummaries.Status> statuses = summaries.findDistinctByAgeGreaterThanOrderByStatusAsc(0, PageRequest.of(0, 5));
        return List.of(over40.toString(), email, page.content() + " of " + page.totalElements(), statuses.content().toString());
    }
    // end::projections[]

    private static String names(List<User> users) {
        return users.stream().map(User::name).toList().toString();
    }
}

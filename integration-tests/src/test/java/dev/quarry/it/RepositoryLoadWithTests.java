package dev.quarry.it;

import static dev.quarry.it.graph.Article_.ARTICLE;
import static dev.quarry.it.graph.Label_.LABEL;
import static dev.quarry.it.graph.Member_.MEMBER;
import static dev.quarry.it.graph.Profile_.PROFILE;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.RelationNotLoadedException;
import dev.quarry.it.graph.Article;
import dev.quarry.it.graph.ArticleRepository;
import dev.quarry.it.graph.ArticleRepository_Impl;
import dev.quarry.it.graph.Label;
import dev.quarry.it.graph.Member;
import dev.quarry.it.graph.MemberGraphRepository;
import dev.quarry.it.graph.MemberGraphRepository_Impl;
import dev.quarry.it.graph.Profile;
import dev.quarry.relation.Ref;
import dev.quarry.relation.Relations;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code @LoadWith} on generated repositories ({@link ArticleRepository},
 * {@link MemberGraphRepository}): the paths a finder names are loaded on every call, select-in
 * ones with one statement per level and joined ones inside the finder's statement, alone or with
 * a {@code Load} parameter, for lists, an optional, a page, a slice and a single entity; each call
 * counted at the JDBC driver, with the loaded graph checked.
 */
abstract class RepositoryLoadWithTests {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final int LABELS = 20;

    private final DatabaseExtension database;

    protected RepositoryLoadWithTests(DatabaseExtension database) {
        this.database = database;
    }

    private dev.quarry.Database db() {
        return database.db();
    }

    private ArticleRepository articles() {
        return new ArticleRepository_Impl(db());
    }

    private MemberGraphRepository members() {
        return new MemberGraphRepository_Impl(db());
    }

    /**
     * {@code members} members named {@code member-0001}... with ten articles each (article
     * {@code k} titled {@code member-000m/k}, written {@code k} minutes after the epoch) and three
     * labels per article out of twenty.
     */
    private List<Member> seed(int members) {
        List<Label> labels = new ArrayList<>();
        for (int i = 1; i <= LABELS; i++) {
            labels.add(new Label("label-" + i));
        }
        db().insertAll(LABEL, labels);
        List<Member> inserted = new ArrayList<>();
        for (int m = 1; m <= members; m++) {
            inserted.add(new Member(String.format(Locale.ROOT, "member-%04d", m)));
        }
        inserted = db().insertAll(MEMBER, inserted);
        List<Article> articles = new ArrayList<>();
        for (Member member : inserted) {
            for (int k = 1; k <= 10; k++) {
                articles.add(new Article(null, member.id, member.name + "/" + k, EPOCH.plusSeconds(60L * k),
                        Ref.unloaded(), List.of()));
            }
        }
        db().insertAll(ARTICLE, articles);
        // labels (id % 20) + 1, ((id + 7) % 20) + 1 and ((id + 13) % 20) + 1: three different ones
        db().text("INSERT INTO article_labels (article_id, label_id)"
                + " SELECT a.id, l.id FROM articles a JOIN labels l"
                + " ON l.id IN (a.id % 20 + 1, (a.id + 7) % 20 + 1, (a.id + 13) % 20 + 1)").execute();
        return inserted;
    }

    private static Set<Long> expectedLabelIds(long articleId) {
        return Set.of(articleId % 20 + 1, (articleId + 7) % 20 + 1, (articleId + 13) % 20 + 1);
    }

    private static Set<Long> labelIds(Article article) {
        return article.labels().stream().map(label -> label.id).collect(Collectors.toSet());
    }

    /** Label id → the ids of every article carrying it, from the seeding rule. */
    private Map<Long, Set<Long>> articlesByLabel() {
        Map<Long, Set<Long>> byLabel = new TreeMap<>();
        for (Article article : db().select(ARTICLE).fetch()) {
            for (long label : expectedLabelIds(article.id())) {
                byLabel.computeIfAbsent(label, k -> new TreeSet<>()).add(article.id());
            }
        }
        return byLabel;
    }

    private static String lower(String sql) {
        return sql.toLowerCase(Locale.ROOT);
    }

    @Test
    void joinedAuthorAndSelectedInLabelsInTwoStatements() {
        seed(3);
        List<Article> found;
        try (StatementCount count = JdbcStatements.count()) {
            found = articles().findByTitleStartingWithOrderByTitleAsc("member-0002/");
            assertEquals(2, count.total(), count::toString);
            String first = lower(count.statements().get(0));
            assertTrue(first.contains("join") && first.contains("members"), "the author is joined: " + first);
            assertTrue(lower(count.statements().get(1)).contains("article_labels"), count.statements().get(1));
        }
        List<String> titles = found.stream().map(Article::title).toList();
        assertEquals(titles.stream().sorted().toList(), titles, "by title");
        assertEquals(10, found.size());
        Member author = found.get(0).author().get();
        assertEquals("member-0002", author.name);
        for (Article article : found) {
            assertSame(author, article.author().get(), "one member instance per row within the load");
            assertEquals(expectedLabelIds(article.id()), labelIds(article));
        }
        assertFalse(Relations.isLoaded(author.profile), "only the named paths are loaded");
        assertFalse(Relations.isLoaded(author.articles), "the author's own articles are not a named path");
    }

    @Test
    void twoJoinedLevelsInOneStatement() {
        List<Member> seeded = seed(2);
        db().insert(PROFILE, new Profile(null, seeded.get(0).id, "writes a lot", Ref.unloaded()));
        Article article;
        try (StatementCount count = JdbcStatements.count()) {
            article = articles().findByTitle("member-0001/4").orElseThrow();
            assertEquals(1, count.total(), count::toString);
        }
        Member author = article.author().get();
        assertEquals("member-0001", author.name);
        assertEquals("writes a lot", author.profile.get().bio());
        assertSame(author, author.profile.get().member().get(), "the profile points back at the loaded member");
        assertThrows(RelationNotLoadedException.class, () -> article.labels().size());

        Article other = articles().findByTitle("member-0002/4").orElseThrow();
        assertTrue(Relations.isLoaded(other.author().get().profile), "loaded, and empty");
        assertFalse(other.author().get().profile.isPresent());
        assertTrue(articles().findByTitle("nothing").isEmpty());
    }

    @Test
    void pageLoadsLabelsAndTheirArticlesForThePageOnly() {
        List<Member> seeded = seed(3);
        Map<Long, Set<Long>> byLabel = articlesByLabel();
        Page<Article> page;
        try (StatementCount count = JdbcStatements.count()) {
            page = articles().findByAuthorIdOrderByCreatedAtAsc(seeded.get(0).id, PageRequest.of(1, 4));
            assertEquals(4, count.total(), "count, page, labels, their articles: " + count);
            assertTrue(lower(count.statements().get(0)).contains("count("), count.statements().get(0));
        }
        assertEquals(10, page.totalElements());
        assertEquals(List.of("member-0001/5", "member-0001/6", "member-0001/7", "member-0001/8"),
                page.content().stream().map(Article::title).toList());
        Set<Label> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Article article : page.content()) {
            assertEquals(expectedLabelIds(article.id()), labelIds(article));
            for (Label label : article.labels()) {
                distinct.add(label);
                Set<Long> carrying = label.articles.stream().map(Article::id).collect(Collectors.toSet());
                assertEquals(byLabel.get(label.id), carrying, "every article of " + label.name);
            }
        }
        assertEquals(distinct.stream().map(label -> label.id).distinct().count(), distinct.size(),
                "one instance per label row within the load");
    }

    @Test
    void aLoadParameterAddsToTheAnnotatedPaths() {
        List<Member> seeded = seed(2);
        long id = seeded.get(1).id;
        List<Article> found;
        try (StatementCount count = JdbcStatements.count()) {
            found = articles().findByAuthorIdOrderByTitleAsc(id, selectIn(ARTICLE.labels));
            assertEquals(2, count.total(), "articles with their author joined, then labels: " + count);
        }
        assertEquals(10, found.size());
        for (Article article : found) {
            assertEquals("member-0002", article.author().get().name);
            assertEquals(expectedLabelIds(article.id()), labelIds(article));
        }
        List<Article> plain = articles().findByAuthorIdOrderByTitleDesc(id);
        assertEquals(10, plain.size());
        assertFalse(Relations.isLoaded(plain.get(0).author()), "a finder without @LoadWith loads nothing");
        assertFalse(Relations.isLoaded(plain.get(0).labels()));
    }

    @Test
    void membersWithProfileArticlesAndLabelsInThreeStatements() {
        List<Member> seeded = seed(120);
        db().insert(PROFILE, new Profile(null, seeded.get(4).id, "fifth", Ref.unloaded()));
        List<Member> found;
        try (StatementCount count = JdbcStatements.count()) {
            found = members().findByNameStartingWithOrderByNameAsc("member-00");
            assertEquals(3, count.total(), count::toString);
        }
        assertEquals(99, found.size(), "member-0001 to member-0099");
        assertEquals("member-0001", found.get(0).name);
        Set<Label> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Member member : found) {
            assertEquals(10, member.articles.size(), member.name);
            assertEquals(member.name.equals("member-0005"), member.profile.isPresent(), member.name);
            for (Article article : member.articles) {
                assertSame(member, article.author().get());
                assertEquals(expectedLabelIds(article.id()), labelIds(article));
                distinct.addAll(article.labels());
            }
        }
        assertEquals(LABELS, distinct.size(), "one instance per label row within the load");
        assertEquals("fifth", found.get(4).profile.get().bio());
    }

    @Test
    void sliceLoadsTheArticlesOfItsMembers() {
        seed(12);
        Slice<Member> first;
        try (StatementCount count = JdbcStatements.count()) {
            first = members().findByNameStartingWithOrderByNameDesc("member-", PageRequest.of(0, 5));
            assertEquals(2, count.total(), "the slice, then its articles: " + count);
        }
        assertTrue(first.hasNext());
        assertEquals(List.of("member-0012", "member-0011", "member-0010", "member-0009", "member-0008"),
                first.content().stream().map(member -> member.name).toList());
        first.content().forEach(member -> assertEquals(10, member.articles.size(), member.name));
        Slice<Member> last = members().findByNameStartingWithOrderByNameDesc("member-", PageRequest.of(2, 5));
        assertFalse(last.hasNext());
        last.content().forEach(member -> assertEquals(10, member.articles.size(), member.name));
    }

    @Test
    void aJoinedOneToManyOnAPageOrATopFinderLimitsMembersNotRows() {
        seed(12);
        Page<Member> page;
        try (StatementCount count = JdbcStatements.count()) {
            page = members().findByNameStartingWithOrderByNameAsc("member-", PageRequest.of(1, 5));
            assertEquals(2, count.total(), "the count, then the page with its articles joined: " + count);
        }
        assertEquals(12, page.totalElements());
        assertEquals(List.of("member-0006", "member-0007", "member-0008", "member-0009", "member-0010"),
                page.content().stream().map(member -> member.name).toList());
        for (Member member : page.content()) {
            assertEquals(10, member.articles.size(), member.name);
            member.articles.forEach(article -> assertSame(member, article.author().get()));
        }
        List<Member> top;
        try (StatementCount count = JdbcStatements.count()) {
            top = members().findTop3ByNameStartingWithOrderByNameAsc("member-");
            assertEquals(1, count.total(), count::toString);
        }
        assertEquals(List.of("member-0001", "member-0002", "member-0003"),
                top.stream().map(member -> member.name).toList());
        top.forEach(member -> assertEquals(10, member.articles.size(), member.name));
    }

    @Test
    void fourLevelsForOneMemberInFourStatements() {
        seed(3);
        Map<Long, Set<Long>> byLabel = articlesByLabel();
        Member member;
        try (StatementCount count = JdbcStatements.count()) {
            member = members().getByName("member-0002");
            assertEquals(4, count.total(), "the member, its articles, their labels, the labels' articles: " + count);
        }
        assertEquals(10, member.articles.size());
        for (Article article : member.articles) {
            assertEquals(expectedLabelIds(article.id()), labelIds(article));
            for (Label label : article.labels()) {
                assertEquals(byLabel.get(label.id),
                        label.articles.stream().map(Article::id).collect(Collectors.toSet()), label.name);
            }
        }
        assertThrows(dev.quarry.exception.NoResultException.class, () -> members().getByName("nobody"));
    }
}

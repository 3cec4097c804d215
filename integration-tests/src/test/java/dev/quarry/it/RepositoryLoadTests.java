package dev.quarry.it;

import static dev.quarry.it.graph.Article_.ARTICLE;
import static dev.quarry.it.graph.Label_.LABEL;
import static dev.quarry.it.graph.Member_.MEMBER;
import static dev.quarry.it.graph.Profile_.PROFILE;
import static dev.quarry.query.Load.joined;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.RelationNotLoadedException;
import dev.quarry.it.graph.Article;
import dev.quarry.it.graph.Label;
import dev.quarry.it.graph.Member;
import dev.quarry.it.graph.MemberRepository;
import dev.quarry.it.graph.MemberRepository_Impl;
import dev.quarry.it.graph.Profile;
import dev.quarry.query.Load;
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
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Load options through repositories, on the generated {@link MemberRepository}: derived finders
 * taking {@code Load} parameters (list, page, slice, optional) and the CRUD overloads
 * {@code findById(id, load)} and {@code findAll(load)}, each in a number of statements counted at
 * the JDBC driver, with the loaded graph checked.
 */
abstract class RepositoryLoadTests {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final int LABELS = 20;
    /** Members' articles newest first, and each article's labels: three statements for a list. */
    private static final Load<Member, Label> ARTICLES_AND_LABELS =
            selectIn(MEMBER.articles).orderBy(ARTICLE.createdAt.desc()).then(ARTICLE.labels);

    private final DatabaseExtension database;

    protected RepositoryLoadTests(DatabaseExtension database) {
        this.database = database;
    }

    private dev.quarry.Database db() {
        return database.db();
    }

    private MemberRepository members() {
        return new MemberRepository_Impl(db());
    }

    /**
     * {@code members} members named {@code member-0001}... with ten articles each (article
     * {@code k} written {@code k} minutes after the epoch) and three labels per article out of twenty.
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

    /** Each member has its ten articles, newest first, pointing back at it, each with its three labels. */
    private static void assertArticlesAndLabels(List<Member> loaded) {
        Set<Label> distinctLabels = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Member member : loaded) {
            assertEquals(10, member.articles.size(), member.name);
            Instant previous = Instant.MAX;
            for (Article article : member.articles) {
                assertEquals(member.id, article.authorId());
                assertSame(member, article.author().get(), "the article points back at the loaded member");
                assertTrue(article.createdAt().isBefore(previous), "newest first");
                previous = article.createdAt();
                assertEquals(expectedLabelIds(article.id()),
                        Set.copyOf(article.labels().stream().map(label -> label.id).toList()));
                distinctLabels.addAll(article.labels());
            }
        }
        long labelIds = distinctLabels.stream().map(label -> label.id).distinct().count();
        assertEquals(labelIds, distinctLabels.size(), "one instance per label row within the load");
    }

    @Test
    void derivedListFinderLoadsArticlesAndLabelsInThreeStatements() {
        seed(120);
        MemberRepository members = members();
        List<Member> loaded;
        try (StatementCount count = JdbcStatements.count()) {
            loaded = members.findByNameStartingWithOrderByNameAsc("member-00", ARTICLES_AND_LABELS);
            assertEquals(3, count.total(), count::toString);
        }
        assertEquals(99, loaded.size(), "member-0001 to member-0099");
        assertEquals("member-0001", loaded.get(0).name);
        assertEquals("member-0099", loaded.get(98).name);
        assertArticlesAndLabels(loaded);
        assertFalse(Relations.isLoaded(loaded.get(0).profile), "only what was asked is loaded");
    }

    @Test
    void derivedPageCountsTheMembersThenLoadsThePageOnly() {
        seed(30);
        MemberRepository members = members();
        Page<Member> page;
        try (StatementCount count = JdbcStatements.count()) {
            page = members.findByNameStartingWithOrderByNameAsc("member-", PageRequest.of(1, 10),
                    ARTICLES_AND_LABELS);
            assertEquals(4, count.total(), count::toString);
            List<String> statements = count.statements();
            assertTrue(statements.get(0).toLowerCase(Locale.ROOT).contains("count("), statements.get(0));
            assertFalse(statements.get(0).toLowerCase(Locale.ROOT).contains("article"),
                    "the count reads members only: " + statements.get(0));
            assertEquals(10, count.boundValues().get(2), "the articles of the page's ten members: "
                    + statements.get(2));
        }
        assertEquals(30, page.totalElements());
        assertEquals(3, page.totalPages());
        assertEquals(10, page.content().size());
        assertEquals("member-0011", page.content().get(0).name);
        assertEquals("member-0020", page.content().get(9).name);
        assertArticlesAndLabels(page.content());
    }

    @Test
    void derivedSliceLoadsItsMembers() {
        seed(12);
        Slice<Member> first;
        Slice<Member> last;
        try (StatementCount count = JdbcStatements.count()) {
            first = members().findByNameStartingWithOrderByNameDesc("member-", PageRequest.of(0, 5),
                    selectIn(MEMBER.articles));
            assertEquals(2, count.total(), "the slice, then its articles: " + count);
        }
        last = members().findByNameStartingWithOrderByNameDesc("member-", PageRequest.of(2, 5),
                selectIn(MEMBER.articles));
        assertTrue(first.hasNext());
        assertEquals("member-0012", first.content().get(0).name);
        assertEquals(5, first.content().size());
        first.content().forEach(member -> assertEquals(10, member.articles.size(), member.name));
        assertFalse(last.hasNext());
        assertEquals(List.of("member-0002", "member-0001"), last.content().stream().map(m -> m.name).toList());
        last.content().forEach(member -> assertEquals(10, member.articles.size(), member.name));
    }

    @Test
    void twoLoadOptionsOnOneFinder() {
        List<Member> seeded = seed(3);
        Member second = seeded.get(1);
        db().insert(PROFILE, new Profile(null, second.id, "writes a lot", Ref.unloaded()));
        Optional<Member> found;
        try (StatementCount count = JdbcStatements.count()) {
            found = members().findByName("member-0002", selectIn(MEMBER.articles), joined(MEMBER.profile));
            assertEquals(2, count.total(), "the member with its profile joined, then its articles: " + count);
        }
        Member member = found.orElseThrow();
        assertEquals(10, member.articles.size());
        assertEquals("writes a lot", member.profile.get().bio());
        assertSame(member, member.profile.get().member().get());
        assertTrue(members().findByName("nobody", selectIn(MEMBER.articles), joined(MEMBER.profile)).isEmpty());
    }

    @Test
    void findByIdLoadsWhatItIsAsked() {
        List<Member> seeded = seed(4);
        long id = seeded.get(2).id;
        Optional<Member> found;
        try (StatementCount count = JdbcStatements.count()) {
            found = members().findById(id, ARTICLES_AND_LABELS);
            assertEquals(3, count.total(), count::toString);
        }
        Member member = found.orElseThrow();
        assertEquals("member-0003", member.name);
        assertArticlesAndLabels(List.of(member));
        assertFalse(Relations.isLoaded(member.profile));
        Member joinedProfile = members().findById(id, joined(MEMBER.profile)).orElseThrow();
        assertTrue(Relations.isLoaded(joinedProfile.profile), "loaded, and empty");
        assertFalse(joinedProfile.profile.isPresent());
        assertTrue(members().findById(-1L, ARTICLES_AND_LABELS).isEmpty());
        Member plain = members().findById(id).orElseThrow();
        assertThrows(RelationNotLoadedException.class, () -> plain.articles.size());
    }

    @Test
    void findAllLoadsEveryMemberInTwoStatements() {
        seed(7);
        List<Member> all;
        try (StatementCount count = JdbcStatements.count()) {
            all = members().findAll(selectIn(MEMBER.articles));
            assertEquals(2, count.total(), count::toString);
        }
        assertEquals(7, all.size());
        for (Member member : all) {
            assertEquals(10, member.articles.size(), member.name);
            member.articles.forEach(article -> assertSame(member, article.author().get()));
        }
    }
}

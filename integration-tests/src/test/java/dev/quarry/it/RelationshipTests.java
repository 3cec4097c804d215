package dev.quarry.it;

import static dev.quarry.it.graph.Article_.ARTICLE;
import static dev.quarry.it.graph.Label_.LABEL;
import static dev.quarry.it.graph.Member_.MEMBER;
import static dev.quarry.it.graph.Profile_.PROFILE;
import static dev.quarry.query.Load.joined;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.RelationNotLoadedException;
import dev.quarry.it.graph.Article;
import dev.quarry.it.graph.Label;
import dev.quarry.it.graph.Member;
import dev.quarry.it.graph.Profile;
import dev.quarry.relation.Ref;
import dev.quarry.relation.Relations;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Relationships end to end, on generated metamodels: object graphs loaded in a fixed number of
 * statements counted at the JDBC driver, the graph's shape and identity, pagination, the
 * exception for what was not loaded, and graph writes.
 */
abstract class RelationshipTests {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final int LABELS = 20;

    private final DatabaseExtension database;

    protected RelationshipTests(DatabaseExtension database) {
        this.database = database;
    }

    private dev.quarry.Database db() {
        return database.db();
    }

    /**
     * {@code members} members with ten articles each (article {@code k} of a member written
     * {@code k} minutes after the epoch) and three labels per article out of twenty.
     */
    private void seed(int members) {
        List<Label> labels = new ArrayList<>();
        for (int i = 1; i <= LABELS; i++) {
            labels.add(new Label("label-" + i));
        }
        db().insertAll(LABEL, labels);
        List<Member> inserted = new ArrayList<>();
        for (int m = 1; m <= members; m++) {
            inserted.add(new Member(String.format("member-%04d", m)));
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
    }

    private static Set<Long> expectedLabelIds(long articleId) {
        return Set.of(articleId % 20 + 1, (articleId + 7) % 20 + 1, (articleId + 13) % 20 + 1);
    }

    private void loadsMembersArticlesAndLabelsInThreeStatements(int members) {
        seed(members);
        List<Member> loaded;
        try (StatementCount count = JdbcStatements.count()) {
            loaded = db().select(MEMBER).orderBy(MEMBER.name.asc())
                    .load(selectIn(MEMBER.articles).orderBy(ARTICLE.createdAt.desc()).then(ARTICLE.labels))
                    .fetch();
            assertEquals(3, count.total(), count::toString);
        }
        assertEquals(members, loaded.size());
        Set<Label> distinctLabels = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Member member : loaded) {
            assertEquals(10, member.articles.size(), member.name);
            Instant previous = Instant.MAX;
            for (Article article : member.articles) {
                assertEquals(member.id, article.authorId());
                assertSame(member, article.author().get(), "the article points back at the loaded member");
                assertTrue(article.createdAt().isBefore(previous), "newest first");
                previous = article.createdAt();
                assertEquals(3, article.labels().size());
                assertEquals(expectedLabelIds(article.id()),
                        Set.copyOf(article.labels().stream().map(label -> label.id).toList()));
                distinctLabels.addAll(article.labels());
            }
        }
        assertEquals(LABELS, distinctLabels.size(), "one instance per label row within the load");
    }

    @Test
    void hundredMembersWithTenArticlesAndThreeLabelsEachLoadInThreeStatements() {
        loadsMembersArticlesAndLabelsInThreeStatements(100);
    }

    @Test
    void aThousandMembersLoadInTheSameThreeStatements() {
        loadsMembersArticlesAndLabelsInThreeStatements(1_000);
    }

    @Test
    void joinedAuthorLoadsInOneStatement() {
        seed(5);
        List<Article> articles;
        try (StatementCount count = JdbcStatements.count()) {
            articles = db().select(ARTICLE).orderBy(ARTICLE.id.asc()).load(joined(ARTICLE.author)).fetch();
            assertEquals(1, count.total(), count::toString);
        }
        assertEquals(50, articles.size());
        assertSame(articles.get(0).author().get(), articles.get(9).author().get(), "one member instance");
        assertEquals("member-0001", articles.get(0).author().get().name);
        assertFalse(Relations.isLoaded(articles.get(0).author().get().articles), "only what was asked is loaded");
    }

    @Test
    void pagesAreTakenOnMembersThenLoadedForThePageOnly() {
        seed(30);
        List<Member> page;
        try (StatementCount count = JdbcStatements.count()) {
            page = db().select(MEMBER).orderBy(MEMBER.name.asc()).limit(10).offset(10)
                    .load(selectIn(MEMBER.articles)).fetch();
            assertEquals(2, count.total(), count::toString);
            assertEquals(10, count.boundValues().get(1), "the articles of the page's ten members: "
                    + count.statements().get(1));
        }
        assertEquals("member-0011", page.get(0).name);
        assertEquals("member-0020", page.get(9).name);
        page.forEach(member -> assertEquals(10, member.articles.size()));
    }

    @Test
    void readingWhatWasNotLoadedThrowsNamingTheLoadOption() {
        seed(1);
        Member member = db().select(MEMBER).one();
        RelationNotLoadedException e = assertThrows(RelationNotLoadedException.class, () -> member.articles.size());
        assertTrue(e.getMessage().startsWith("MEMBER.articles was not loaded: add .load(selectIn(MEMBER.articles))"),
                e.getMessage());
        Article article = db().select(ARTICLE).limit(1).fetch().get(0);
        RelationNotLoadedException ref = assertThrows(RelationNotLoadedException.class, () -> article.author().get());
        assertTrue(ref.getMessage().contains("joined(ARTICLE.author)"), ref.getMessage());
        assertThrows(RelationNotLoadedException.class, () -> article.labels().iterator());
        assertFalse(Relations.isLoaded(article.labels()));
        Member withEmpty = db().select(MEMBER).load(selectIn(MEMBER.profile)).one();
        assertTrue(Relations.isLoaded(withEmpty.profile), "loaded, and empty: not the same as not loaded");
        assertFalse(withEmpty.profile.isPresent());
    }

    @Test
    void notLoadedAdviceWorks() {
        seed(1);
        Article article = db().select(ARTICLE).orderBy(ARTICLE.id.asc()).limit(1).fetch().get(0);
        RelationNotLoadedException labels = assertThrows(RelationNotLoadedException.class, () -> article.labels().size());
        assertEquals("ARTICLE.labels was not loaded: add .load(selectIn(ARTICLE.labels)) to the query that read the"
                + " Article, or .thenSelectIn(ARTICLE.labels) to the load option that loaded it (a many-to-many cannot"
                + " be joined). Quarry never runs a query when a relationship is read (that is how N+1 statements"
                + " happen).", labels.getMessage());
        assertEquals(3, db().select(ARTICLE).where(ARTICLE.id.eq(article.id())).load(selectIn(ARTICLE.labels)).one()
                .labels().size());
        Member member = db().select(MEMBER).load(joined(MEMBER.articles)).one();
        assertThrows(RelationNotLoadedException.class, () -> member.articles.get(0).labels().size());
        db().select(MEMBER).load(joined(MEMBER.articles).thenSelectIn(ARTICLE.labels)).one()
                .articles.forEach(loaded -> assertEquals(3, loaded.labels().size()));
        // the load option the advice leaves out names the relationship the same way
        IllegalArgumentException joinedLabels = assertThrows(IllegalArgumentException.class,
                () -> joined(ARTICLE.labels));
        assertTrue(joinedLabels.getMessage().startsWith("joined(ARTICLE.labels) cannot load a many-to-many"
                + " relationship: use selectIn(ARTICLE.labels)"), joinedLabels.getMessage());

        RelationNotLoadedException articles = assertThrows(RelationNotLoadedException.class,
                () -> db().select(MEMBER).one().articles.size());
        assertTrue(articles.getMessage().startsWith("MEMBER.articles was not loaded: add .load(selectIn(MEMBER.articles))"
                + " or .load(joined(MEMBER.articles)) to the query that read the Member, or .then(MEMBER.articles) to"
                + " the load option that loaded it."), articles.getMessage());
        assertEquals(10, db().select(MEMBER).load(selectIn(MEMBER.articles)).one().articles.size());
        assertEquals(10, db().select(MEMBER).load(joined(MEMBER.articles)).one().articles.size());
        assertEquals(10, db().select(ARTICLE).where(ARTICLE.id.eq(article.id())).load(joined(ARTICLE.author)
                .then(MEMBER.articles)).one().author().get().articles.size());
    }

    @Test
    void oneToOneSidesPointAtEachOther() {
        seed(2);
        List<Member> members = db().select(MEMBER).orderBy(MEMBER.name.asc()).fetch();
        db().insert(PROFILE, new Profile(null, members.get(0).id, "writes a lot", Ref.unloaded()));
        List<Member> loaded = db().select(MEMBER).orderBy(MEMBER.name.asc()).load(joined(MEMBER.profile)).fetch();
        Profile profile = loaded.get(0).profile.get();
        assertEquals("writes a lot", profile.bio());
        assertSame(loaded.get(0), profile.member().get());
        assertTrue(loaded.get(1).profile.find().isEmpty());
        Profile owning = db().select(PROFILE).load(selectIn(PROFILE.member)).one();
        assertSame(owning, owning.member().get().profile.get());
    }

    @Test
    void labelsLoadFromTheirSideThroughTheSameJoinTable() {
        seed(3);
        List<Label> labels = db().select(LABEL).orderBy(LABEL.id.asc()).load(selectIn(LABEL.articles).then(ARTICLE.author))
                .fetch();
        int links = labels.stream().mapToInt(label -> label.articles.size()).sum();
        assertEquals(90, links, "30 articles with 3 labels each");
        for (Label label : labels) {
            for (Article article : label.articles) {
                assertTrue(expectedLabelIds(article.id()).contains(label.id));
                assertNotNull(article.author().get().name);
            }
        }
    }

    @Test
    void persistWritesANewMemberWithNewArticlesParentsFirstAndRemoveCascades() {
        Label news = db().insert(LABEL, new Label("news"));
        Member ann = new Member("Ann");
        ann.articles = new ArrayList<>(List.of(
                new Article(null, 0, "Hello", EPOCH, Ref.unloaded(), new ArrayList<>(List.of(news, new Label("intro")))),
                new Article(null, 0, "Again", EPOCH.plusSeconds(60), Ref.unloaded(), List.of())));
        try (StatementCount count = JdbcStatements.count()) {
            db().persist(MEMBER, ann);
            assertEquals(5, count.total(), "member, articles (one batch), the new label, two links: " + count);
        }
        assertNotNull(ann.id);
        assertEquals(ann.id.longValue(), ann.articles.get(1).authorId());
        Member loaded = db().select(MEMBER).load(selectIn(MEMBER.articles).orderBy(ARTICLE.createdAt.asc())
                .then(ARTICLE.labels)).one();
        assertEquals(List.of("Hello", "Again"), loaded.articles.stream().map(Article::title).toList());
        assertEquals(Set.of("news", "intro"), Set.copyOf(loaded.articles.get(0).labels().stream()
                .map(label -> label.name).toList()));

        loaded.articles.remove(1);
        db().persist(MEMBER, loaded);
        assertEquals(1, database.number("SELECT count(*) FROM articles"), "the orphan was deleted");

        db().remove(MEMBER, loaded);
        assertEquals(0, database.number("SELECT count(*) FROM articles"));
        assertEquals(0, database.number("SELECT count(*) FROM article_labels"));
        assertEquals(2, database.number("SELECT count(*) FROM labels"), "labels are linked, not owned");
    }
}

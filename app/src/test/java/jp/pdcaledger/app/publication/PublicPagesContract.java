package jp.pdcaledger.app.publication;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages (公表), read without signing in: a published year as it stood at its publication, its errata and
 * earlier publications; nothing unpublished (404, as for what does not exist), no user names; cached with an ETag,
 * under a Content-Security-Policy that allows nothing inline.
 */
public interface PublicPagesContract extends ApiTest {

    String ERRATUM = "実績を 175 人から 176 人に訂正しました（集計漏れのため）。";

    /** A sheet whose FY2025 is closed and published once; answers its id once the view shows the publication. */
    private String publishedSheet() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "close");
        caughtUp(id, api().as("staff").post(year(id) + "/publications", Map.of()));
        return id;
    }

    private static String year(String id) {
        return "/api/sheets/" + id + "/fiscal-years/2025";
    }

    private static String publicYear(String id) {
        return "/public/sheets/" + id + "/fiscal-years/2025";
    }

    private void caughtUp(String id, Api.Response write) {
        assertThat(write.status()).as(write.toString()).isEqualTo(200);
        Api.Response read = api().as("admin").get("/api/sheets/" + id + "?minVersion=" + write.json().get("version").asLong());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
    }

    @Test
    default void a_published_year_is_read_without_signing_in_from_the_list_of_municipalities_down() {
        String id = publishedSheet();

        Api.Response municipalities = api().anonymous().get("/public");
        assertThat(municipalities.status()).as(municipalities.toString()).isEqualTo(200);
        assertThat(municipalities.body()).contains("lang=\"ja\"").contains("/public/municipalities/" + Sheets.KITAKYUSHU);
        Api.Response municipality = api().anonymous().get("/public/municipalities/" + Sheets.KITAKYUSHU);
        assertThat(municipality.status()).isEqualTo(200);
        assertThat(municipality.body()).contains(publicYear(id)).contains("令和７年度");

        Api.Response page = api().anonymous().get(publicYear(id));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"ja\"").contains("<h1>").contains("scope=\"col\"")
                .contains("175人").contains("目標に向けて進んでいます。").contains("取組を具体化してください。")
                .contains("次年度は相談支援を強化します。").contains("第1版");
        assertThat(page.body()).as("the other years of the period are not published").doesNotContain(">R6<")
                .doesNotContain(">R8<");
        assertThat(page.body()).as("a page to read: no form, no step to take").doesNotContain("<form")
                .doesNotContain("<textarea");
    }

    @Test
    default void the_accessibility_policy_is_read_without_signing_in_and_every_public_page_links_to_it() {
        Api.Response policy = api().anonymous().get("/public/accessibility");
        assertThat(policy.status()).as(policy.toString()).isEqualTo(200);
        assertThat(policy.contentType()).startsWith("text/html");
        assertThat(policy.body()).contains("<html lang=\"ja\"").contains("<h1>アクセシビリティ方針</h1>")
                .as("the level").contains("JIS X 8341-3:2016").contains("適合レベルAA")
                .as("the scope").contains("すべてのウェブページ")
                .as("the method").contains("axe-core").contains("wcag2a").contains("wcag2aa").contains("キーボードだけ")
                .as("the test date, configured").contains("datetime=\"2026-12-04\"").contains("令和8年12月4日")
                .as("the known limits").contains("既知の制約");
        assertThat(policy.header("Content-Security-Policy")).contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(policy.header("Cache-Control")).contains("public");
        assertThat(policy.body()).as("nothing inline for the policy to refuse").doesNotContain("style=\"")
                .doesNotContain("<script").doesNotContain("<style");

        String id = publishedSheet();
        for (String path : new String[]{"/public", "/public/municipalities/" + Sheets.KITAKYUSHU, publicYear(id),
                publicYear(UUID.randomUUID().toString())}) {
            assertThat(api().anonymous().get(path).body()).as(path).contains("href=\"/public/accessibility\"");
        }
    }

    @Test
    default void no_page_names_who_recorded_anything() {
        String id = publishedSheet();
        for (String path : new String[]{"/public", "/public/municipalities/" + Sheets.KITAKYUSHU, publicYear(id),
                publicYear(id) + "/publications/1"}) {
            Api.Response page = api().anonymous().get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("staff").doesNotContain("admin")
                    .doesNotContain("council").doesNotContain("auditor");
        }
    }

    @Test
    default void what_is_not_published_is_404_as_what_does_not_exist() {
        String id = publishedSheet();
        String closedOnly = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(closedOnly, 2025, "close");
        // 那覇市: a municipality with a sheet, none of it published
        new Sheets(this).registeredWithTarget("472018", 2024, 2026);

        for (String path : new String[]{"/public/sheets/" + id + "/fiscal-years/2024",
                publicYear(closedOnly), publicYear(UUID.randomUUID().toString()), publicYear(id) + "/publications/2",
                publicYear(id) + "/publications/0", "/public/sheets/not-a-sheet/fiscal-years/2025",
                "/public/sheets/" + id + "/fiscal-years/H99", "/public/municipalities/472018", "/public/municipalities/4010"}) {
            Api.Response page = api().anonymous().get(path);
            assertThat(page.status()).as(path + ": " + page).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContain("保健福祉局").doesNotContain("地域生活への移行");
        }
        Api.Response signedIn = api().as("staff").get(publicYear(closedOnly));
        assertThat(signedIn.status()).as("signing in publishes nothing").isEqualTo(404);
    }

    @Test
    default void a_correction_reaches_the_public_only_when_republished_with_its_erratum_and_both_stay_readable() {
        String id = publishedSheet();
        assertThat(api().as("staff").post(year(id) + "/reopen", Map.of("reason", "集計漏れが判明したため")).status())
                .isEqualTo(200);
        assertThat(api().as("staff").post(year(id) + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 176, "reason", "集計漏れ1人")).status()).isEqualTo(200);
        caughtUp(id, api().as("staff").post(year(id) + "/close", Map.of()));

        Api.Response before = api().anonymous().get(publicYear(id));
        assertThat(before.body()).as("the correction is not published yet").contains("175人").doesNotContain("176人");

        caughtUp(id, api().as("staff").post(year(id) + "/publications", Map.of("erratum", ERRATUM)));
        Api.Response latest = api().anonymous().get(publicYear(id));
        assertThat(latest.body()).contains("176人").doesNotContain("175人").contains("第2版")
                .contains(ERRATUM).contains(publicYear(id) + "/publications/1");
        Api.Response first = api().anonymous().get(publicYear(id) + "/publications/1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("175人").doesNotContain("176人").contains("これは以前の公表です")
                .contains(ERRATUM);
    }

    @Test
    default void public_pages_are_cached_with_an_etag_under_a_strict_content_security_policy() {
        String id = publishedSheet();
        Api.Response page = api().anonymous().get(publicYear(id));
        assertThat(page.header("Cache-Control")).contains("public").contains("max-age=60");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'").contains("style-src 'self'").contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.body()).as("nothing inline for the policy to refuse").doesNotContain("style=\"")
                .doesNotContain("<script").doesNotContain("<style");
        String etag = page.header("ETag");
        assertThat(etag).isNotBlank();
        Api.Response again = api().anonymous().header("If-None-Match", etag).get(publicYear(id));
        assertThat(again.status()).as("unchanged: not sent again").isEqualTo(304);

        Api.Response missing = api().anonymous().get(publicYear(UUID.randomUUID().toString()));
        assertThat(missing.header("Cache-Control")).as("a 404 is not kept").contains("no-store");
        Api.Response signedInPage = api().as("staff").get("/sheets/" + id);
        assertThat(signedInPage.header("Content-Security-Policy")).as("the policy is the public pages' alone").isNull();
    }

    @Test
    default void the_publications_and_errata_are_an_atom_feed_for_everyone_and_per_municipality() throws Exception {
        String id = publishedSheet();
        assertThat(api().as("staff").post(year(id) + "/reopen", Map.of("reason", "集計漏れが判明したため")).status())
                .isEqualTo(200);
        assertThat(api().as("staff").post(year(id) + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 176, "reason", "集計漏れ")).status()).isEqualTo(200);
        assertThat(api().as("staff").post(year(id) + "/close", Map.of()).status()).isEqualTo(200);
        caughtUp(id, api().as("staff").post(year(id) + "/publications", Map.of("erratum", ERRATUM)));

        for (String path : new String[]{"/public/feed.atom", "/public/municipalities/" + Sheets.KITAKYUSHU + "/feed.atom"}) {
            Api.Response feed = api().anonymous().get(path);
            assertThat(feed.status()).as(path).isEqualTo(200);
            assertThat(feed.contentType()).startsWith("application/atom+xml");
            assertThat(feed.body()).as("no user names").doesNotContain("staff").doesNotContain("admin");
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            org.w3c.dom.Element root = xml.getDocumentElement();
            String atom = "http://www.w3.org/2005/Atom";
            assertThat(root.getNamespaceURI() + " " + root.getLocalName()).isEqualTo(atom + " feed");
            // RFC 4287 4.1.1: a feed has exactly one id, title and updated, an author, and should link to itself
            for (String required : new String[]{"id", "title", "updated", "author"}) {
                assertThat(children(root, atom, required)).as(path + " feed/" + required).hasSize(1);
            }
            java.time.Instant.parse(children(root, atom, "updated").get(0).getTextContent());
            assertThat(children(root, atom, "link")).anyMatch(link -> link.getAttribute("rel").equals("self")
                    && link.getAttribute("href").endsWith(path));
            List<org.w3c.dom.Element> ours = children(root, atom, "entry").stream().filter(entry ->
                    children(entry, atom, "link").stream().anyMatch(link -> link.getAttribute("href")
                            .contains(publicYear(id) + "/publications/"))).toList();
            assertThat(ours).as(path + ": the publication and the republication, newest first").hasSize(2);
            for (org.w3c.dom.Element entry : ours) {
                for (String required : new String[]{"id", "title", "updated"}) {
                    assertThat(children(entry, atom, required)).as(path + " entry/" + required).hasSize(1);
                }
                java.time.Instant.parse(children(entry, atom, "updated").get(0).getTextContent());
            }
            assertThat(children(ours.get(0), atom, "title").get(0).getTextContent()).contains("令和７年度", "正誤", "第2版");
            assertThat(children(ours.get(0), atom, "summary").get(0).getTextContent()).contains(ERRATUM);
            assertThat(children(ours.get(1), atom, "link").get(0).getAttribute("href")).endsWith(publicYear(id) + "/publications/1");
            assertThat(api().anonymous().get(path).header("ETag")).as("cached as the pages are").isNotNull();
        }
        assertThat(api().anonymous().get("/public/municipalities/131016/feed.atom").status())
                .as("a municipality with nothing published").isEqualTo(404);
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String namespace, String name) {
        List<org.w3c.dom.Element> found = new java.util.ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof org.w3c.dom.Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}

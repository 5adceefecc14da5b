package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publication's receipt checked in the browser (issue 17): from the publication's page the log's page fetches the
 * receipt and the document and checks them with Web Crypto, saying OK; the same files with one figure of the document
 * changed, chosen by a reader from disk, fail the document check, and only it.
 */
class ReceiptInChromiumTest extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void a_receipt_verifies_in_the_browser_and_a_changed_document_is_named() throws Exception {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "publish");
        String publication = "/public/sheets/" + id + "/fiscal-years/2025/publications/1";
        Api.Response receipt = Eventually.value("the publication's receipt, once the log holds it",
                () -> api().anonymous().get(publication + "/receipt.json"), answer -> answer.status() == 200);
        String document = api().anonymous().get(publication + "/document.json").body();

        try (Chromium reader = new Chromium(port)) {
            reader.open(publication);
            reader.submit(reader.find("a[href^='/public/transparency?receipt=']"));
            String verdict = reader.waitUntil(driver -> {
                String text = reader.find("#verify-output").getText();
                return text.isBlank() ? null : text;
            });
            assertThat(verdict).contains("OK — ").doesNotContain("不一致");
            assertThat(verdict).containsAnyOf("OK: すべて一致しました", "確認できた項目はすべて一致しました");

            Path dir = Files.createTempDirectory("receipt");
            Path receiptFile = Files.writeString(dir.resolve("receipt.json"), receipt.body(), StandardCharsets.UTF_8);
            Path changed = Files.writeString(dir.resolve("document.json"), document.replace("175", "176"),
                    StandardCharsets.UTF_8);
            assertThat(Files.readString(changed)).isNotEqualTo(document);
            reader.script("document.getElementById('verify-output').replaceChildren()");
            reader.find("#receipt-file").sendKeys(receiptFile.toString());
            reader.find("#document-file").sendKeys(changed.toString());
            reader.find("#verify-form button[type=submit]").click();
            String refused = reader.waitUntil(driver -> {
                String text = reader.find("#verify-output").getText();
                return text.isBlank() ? null : text;
            });
            assertThat(refused).contains("不一致: 文書の一致").contains("OK — ");
        }
    }
}

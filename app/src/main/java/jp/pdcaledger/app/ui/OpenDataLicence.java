package jp.pdcaledger.app.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The licence the open data goes out under, and who the catalogue names as its publisher: CC BY 4.0 by default, as
 * the government's standard terms of use (政府標準利用規約 第2.0版) are compatible with it; a municipality that chose
 * otherwise sets {@code pdca.open-data.licence-name}, {@code .licence-url} and {@code .publisher}.
 */
@ConfigurationProperties("pdca.open-data")
public record OpenDataLicence(String licenceName, String licenceUrl, String publisher) {

    public OpenDataLicence {
        licenceName = licenceName != null ? licenceName : "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）";
        licenceUrl = licenceUrl != null ? licenceUrl : "https://creativecommons.org/licenses/by/4.0/deed.ja";
        publisher = publisher != null ? publisher : "目標等の管理シート公表サイト";
    }
}

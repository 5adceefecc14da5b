package jp.pdcaledger.app.ui;

import org.springframework.stereotype.Component;

/**
 * What Spring Boot's error page ({@code templates/error.html}) says for a status, in Japanese: a person who followed a
 * stale link, opened a page their role cannot, or met a fault, reads why and finds the way back, never an English
 * "Whitelabel" page.
 */
@Component("errorTexts")
public class ErrorTexts {

    public String title(Object status) {
        return switch (code(status)) {
            case 400 -> "入力を受け付けられませんでした";
            case 401 -> "サインインが必要です";
            case 403 -> "このページを開く権限がありません";
            case 404 -> "ページが見つかりません";
            case 405 -> "この方法ではページを開けません";
            case 413 -> "送信された内容が大きすぎます";
            case 503 -> "ただいま混み合っています";
            default -> "サービスで問題が起きました";
        };
    }

    public String detail(Object status) {
        return switch (code(status)) {
            case 400 -> "入力した内容を確かめて、もう一度お試しください。";
            case 401 -> "サインインしてから、もう一度お試しください。";
            case 403 -> "お使いのアカウントの役割では、このページや操作は使えません。必要なときは管理者にお尋ねください。";
            case 404 -> "アドレスが誤っているか、ページが移動・削除されています。シート一覧から探してください。";
            case 405 -> "このアドレスはリンクやブックマークからは開けません。画面のボタンから操作してください。";
            case 413 -> "ファイルや文章の大きさが上限を超えています。小さくしてから、もう一度お試しください。";
            case 503 -> "しばらく待ってから、もう一度お試しください。";
            default -> "記録済みの内容は失われていません。時間をおいてもう一度お試しください。続くときは管理者にお知らせください。";
        };
    }

    private static int code(Object status) {
        try {
            return status == null ? 500 : Integer.parseInt(String.valueOf(status));
        } catch (NumberFormatException notAStatus) {
            return 500;
        }
    }
}
